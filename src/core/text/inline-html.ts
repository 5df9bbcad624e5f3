import { parseInline } from './inline-markdown';

/** Text escaped for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return /[&<>"]/.test(text)
    ? text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
    : text;
}

/**
 * A note's text as HTML with its inline formatting (see inline-markdown.ts): `<strong>`, `<em>`,
 * `<br>` and links that open outside the page (`target="_blank"`, no opener). Nothing the user
 * typed can produce any other element or attribute.
 */
export function inlineHtml(text: string): string {
  let html = '';
  for (const run of parseInline(text)) {
    if ('lineBreak' in run) {
      html += '<br>';
      continue;
    }
    let piece = escapeHtml(run.text);
    if (run.italic) piece = `<em>${piece}</em>`;
    if (run.bold) piece = `<strong>${piece}</strong>`;
    if (run.href !== null) piece = `<a href="${escapeHtml(run.href)}" target="_blank" rel="noopener noreferrer">${piece}</a>`;
    html += piece;
  }
  return html;
}
