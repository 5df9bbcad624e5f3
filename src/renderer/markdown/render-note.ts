import { inlineHtml } from '../../core/text/inline-html';

/**
 * A note's text as HTML, with the inline formatting every renderer of the report shares (bold,
 * italic, links, line breaks: core/text/inline-markdown.ts); anything else shows as typed. Links
 * carry target/rel so nothing ever navigates inside the app; clicks are routed to the platform by
 * `openLinksExternally`.
 */
const CACHE_LIMIT = 2000;
const cache = new Map<string, string>();

/** HTML for a note's text; memoised by text so scrolling a long timeline re-parses nothing. */
export function renderNoteHtml(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const html = `<p>${inlineHtml(text)}</p>`;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(text, html);
  return html;
}
