import { describe, expect, it } from 'vitest';
import { inlineHtml } from '../../../src/core/text/inline-html';
import { inlinePlainText, parseInline } from '../../../src/core/text/inline-markdown';

const run = (text: string, bold = false, italic = false, href: string | null = null) => ({ text, bold, italic, href });

describe('inline formatting of a note', () => {
  it('reads bold, italic, both, links and line breaks', () => {
    expect(parseInline('a **b** _c_ ***d*** [e](https://x.org/e)\nf')).toEqual([
      run('a '),
      run('b', true),
      run(' '),
      run('c', false, true),
      run(' '),
      run('d', true, true),
      run(' '),
      run('e', false, false, 'https://x.org/e'),
      { lineBreak: true },
      run('f'),
    ]);
    expect(parseInline('ver https://inegi.org.mx/a_b')).toEqual([
      run('ver '),
      run('https://inegi.org.mx/a_b', false, false, 'https://inegi.org.mx/a_b'),
    ]);
  });

  it('keeps everything else as typed: headings, lists, code, HTML, entities, strikeout, relative and script links', () => {
    for (const text of [
      '# título',
      '- uno',
      '1. dos',
      '> cita',
      '`code`',
      '<b>x</b>',
      '&amp;',
      '~~no~~',
      '[rel](x)',
      '[js](javascript:alert(1))',
      'datos.gob.mx',
      'snake_case_name',
      '2 * 3 * 4',
    ]) {
      expect(parseInline(text), text).toEqual([run(text)]);
    }
  });

  it('lets a backslash keep a sign literal, and gives the plain text a reader sees', () => {
    expect(parseInline('\\*no\\*')).toEqual([run('*no*')]);
    expect(inlinePlainText('**Uno** y *dos*\ntres')).toBe('Uno y dos\ntres');
  });

  it('renders HTML that can hold no markup the user typed', () => {
    expect(inlineHtml('<img src=x onerror=alert(1)> **"b"**')).toBe('&lt;img src=x onerror=alert(1)&gt; <strong>&quot;b&quot;</strong>');
    expect(inlineHtml('[a](https://x.org/?q="><script>)')).not.toContain('<script');
  });
});
