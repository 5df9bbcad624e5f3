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
    expect(renderNoteHtml('uno\n**dos** *tres*')).toBe('<p>uno<br><strong>dos</strong> <em>tres</em></p>');
  });

  it('does not turn a leading # or a number into a heading or a code block', () => {
    expect(renderNoteHtml('# agua')).not.toContain('<h1');
    expect(renderNoteHtml('    sangría')).not.toContain('<pre');
  });

  it('shows lists, quotes, code and entities as typed, as the report prints them', () => {
    expect(renderNoteHtml('- uno\n> dos `tres` &amp; ~~cuatro~~')).toBe('<p>- uno<br>&gt; dos `tres` &amp;amp; ~~cuatro~~</p>');
  });
});
