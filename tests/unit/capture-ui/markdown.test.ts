import { describe, expect, it } from 'vitest';
import { renderNoteHtml } from '../../../src/renderer/markdown/render-note';

describe('note Markdown', () => {
  it('never renders raw HTML typed in a note', () => {
    const html = renderNoteHtml('<img src=x onerror=alert(1)> <script>alert(1)</script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });

  it('links, typed or bare, open outside the app', () => {
    const html = renderNoteHtml('ver [informe](https://example.org/a) y https://inegi.org.mx');
    expect(html).toContain('<a href="https://example.org/a" target="_blank" rel="noopener noreferrer">informe</a>');
    expect(html).toContain('href="https://inegi.org.mx" target="_blank"');
  });

  it('refuses javascript: links and keeps line breaks and emphasis', () => {
    expect(renderNoteHtml('[x](javascript:alert(1))')).not.toContain('href');
    expect(renderNoteHtml('uno\n**dos**')).toBe('<p>uno<br>\n<strong>dos</strong></p>\n');
  });

  it('does not turn a leading # or a number into a heading or a code block', () => {
    expect(renderNoteHtml('# agua')).not.toContain('<h1');
    expect(renderNoteHtml('    sangría')).not.toContain('<pre');
  });
});
