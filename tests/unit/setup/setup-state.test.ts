import { describe, expect, it } from 'vitest';
import type { ExtractedQuestion } from '../../../src/core/program';
import { editQuestion } from '../../../src/core/setup/question-ops';
import { initialSetupState, setupReducer } from '../../../src/renderer/screens/setup/setup-state';

const q = (text: string, at: number, rule: ExtractedQuestion['rule'] = 'list'): ExtractedQuestion => ({
  text,
  block: '',
  span: [at, at + text.length],
  rule,
});
const keys = () => {
  let n = 0;
  return () => `k${++n}`;
};
const texts = (s: ReturnType<typeof initialSetupState>) => s.history.present.questions.map((x) => x.text);

describe('setup draft and the pasted text', () => {
  it('follows the text while the user has not touched the questions, without undo steps', () => {
    let s = initialSetupState();
    s = setupReducer(s, { type: 'extracted', questions: [q('¿Uno?', 0)], newKey: keys() });
    s = setupReducer(s, { type: 'extracted', questions: [q('¿Uno?', 0), q('¿Dos?', 6)], newKey: keys() });
    expect(texts(s)).toEqual(['¿Uno?', '¿Dos?']);
    expect(s.history.past).toHaveLength(0);
  });

  it('stops following once the user edits a question, and "read again" is an undoable step', () => {
    let s = setupReducer(initialSetupState(), { type: 'extracted', questions: [q('¿Uno?', 0)], newKey: keys() });
    const key = s.history.present.questions[0]!.key;
    s = setupReducer(s, { type: 'change', change: (d) => editQuestion(d, key, { text: '¿Uno, corregida?' }) });
    s = setupReducer(s, { type: 'extracted', questions: [q('¿Otra?', 0)], newKey: keys() });
    expect(texts(s)).toEqual(['¿Uno, corregida?']);
    s = setupReducer(s, { type: 'reextract', questions: [q('¿Otra?', 0)], newKey: keys() });
    expect(texts(s)).toEqual(['¿Otra?']);
    s = setupReducer(s, { type: 'undo' });
    expect(texts(s)).toEqual(['¿Uno, corregida?']);
    s = setupReducer(s, { type: 'undo' });
    expect(texts(s)).toEqual(['¿Uno?']);
  });

  it('marks items found by a weaker rule for checking, and an edit clears the mark', () => {
    const newKey = keys();
    const read = setupReducer(initialSetupState(), {
      type: 'extracted',
      questions: [q('¿Uno?', 0), q('Gobernanza del agua', 10, 'statement'), q('¿Tres?', 40, 'table')],
      newKey,
    });
    expect(read.history.present.questions.map((x) => x.check)).toEqual([undefined, 'statement', 'table']);
    const edited = editQuestion(read.history.present, 'k2', { text: 'Gobernanza del agua y del territorio' });
    expect(edited.questions.map((x) => x.check)).toEqual([undefined, undefined, 'table']);
  });
});
