import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';

describe('messy pasted text', () => {
  it('handles CRLF, tabs, non-breaking and zero-width spaces', () => {
    const text = 'Preguntas guía\r\n\r\n\t1.\u00a0¿Cómo\u200b estamos\u00a0hoy?\r\n\t2.\t¿Y ahora\r\n\tqué\ufeff?\r\n';
    expect(extractProgram(text).questions.map((q) => q.text)).toEqual(['¿Cómo estamos hoy?', '¿Y ahora qué?']);
  });

  it('composes decomposed (NFD) accents into NFC', () => {
    const text = 'Preguntas guía\n1. ¿Co\u0301mo se organizara\u0301n las mesas?'.normalize('NFD');
    const [q] = extractProgram(text).questions;
    expect(q!.text).toBe('¿Cómo se organizarán las mesas?');
    expect(q!.text).toBe(q!.text.normalize('NFC'));
    expect(extractProgram(text).headingFound).toBe(true);
  });

  it('gives spans in the original text, whatever was normalised', () => {
    const text = 'Pre\u00e1mbulo\r\n\r\nPreguntas gui\u0301a\r\n1. ¿Co\u0301mo\u200b\r\n   seguimos?\r\n2. ¿Quie\u0301n paga?';
    const questions = extractProgram(text).questions;
    expect(questions.map((q) => text.slice(q.span[0], q.span[1]))).toEqual(['¿Co\u0301mo\u200b\r\n   seguimos?', '¿Quie\u0301n paga?']);
  });

  it('handles lone carriage returns and Unicode line separators as line breaks', () => {
    expect(extractProgram('Preguntas guía\r1. ¿Uno?\u20282. ¿Dos?').questions.map((q) => q.text)).toEqual(['¿Uno?', '¿Dos?']);
  });
});
