import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';
import { EMPTY_DRAFT, type SetupDraft } from '../../../src/core/setup/draft';
import { canRedo, canUndo, historyReducer, startHistory, type History } from '../../../src/core/setup/history';
import {
  addQuestion,
  editQuestion,
  mergeWithNext,
  moveQuestion,
  questionsFromExtraction,
  removeQuestion,
  splitQuestion,
} from '../../../src/core/setup/question-ops';
import { addAgendaItem } from '../../../src/core/setup/agenda';

const keys = () => {
  let n = 0;
  return () => `k${++n}`;
};

function draftOf(texts: string[]): SetupDraft {
  const newKey = keys();
  return { ...EMPTY_DRAFT, questions: texts.map((text) => ({ key: newKey(), text, block: '', span: null })) };
}

const texts = (h: History<SetupDraft>) => h.present.questions.map((q) => q.text);

describe('undo history of the draft', () => {
  it('undoes and redoes each change in order', () => {
    let h = startHistory(draftOf(['¿Uno?', '¿Dos?']));
    h = historyReducer(h, { type: 'apply', next: editQuestion(h.present, 'k1', { text: '¿Uno corregida?' }) });
    h = historyReducer(h, { type: 'apply', next: removeQuestion(h.present, 'k2') });
    expect(texts(h)).toEqual(['¿Uno corregida?']);
    h = historyReducer(h, { type: 'undo' });
    expect(texts(h)).toEqual(['¿Uno corregida?', '¿Dos?']);
    h = historyReducer(h, { type: 'undo' });
    expect(texts(h)).toEqual(['¿Uno?', '¿Dos?']);
    expect(canUndo(h)).toBe(false);
    h = historyReducer(h, { type: 'redo' });
    expect(texts(h)).toEqual(['¿Uno corregida?', '¿Dos?']);
    expect(canRedo(h)).toBe(true);
  });

  it('a new change after undoing drops what could have been redone', () => {
    let h = startHistory(draftOf(['¿Uno?']));
    h = historyReducer(h, { type: 'apply', next: editQuestion(h.present, 'k1', { text: '¿A?' }) });
    h = historyReducer(h, { type: 'undo' });
    h = historyReducer(h, { type: 'apply', next: editQuestion(h.present, 'k1', { text: '¿B?' }) });
    expect(canRedo(h)).toBe(false);
    expect(historyReducer(h, { type: 'redo' })).toBe(h);
  });

  it('records no step for a change that changes nothing', () => {
    const h = startHistory(draftOf(['¿Uno?']));
    const same = historyReducer(h, { type: 'apply', next: editQuestion(h.present, 'k1', { text: '  ¿Uno?  ' }) });
    expect(same).toBe(h);
    expect(historyReducer(h, { type: 'apply', next: editQuestion(h.present, 'k1', { text: '   ' }) })).toBe(h);
  });

  it('undo with nothing to undo leaves the draft as it is', () => {
    const h = startHistory(draftOf(['¿Uno?']));
    expect(historyReducer(h, { type: 'undo' })).toBe(h);
  });

  it('keeps only the most recent steps when asked for a limit', () => {
    let h = startHistory(draftOf(['¿0?']));
    for (let i = 1; i <= 5; i++) h = historyReducer(h, { type: 'apply', next: editQuestion(h.present, 'k1', { text: `¿${i}?` }) }, 3);
    expect(h.past).toHaveLength(3);
    while (canUndo(h)) h = historyReducer(h, { type: 'undo' });
    expect(texts(h)).toEqual(['¿2?']);
  });

  it('replacing the present (following the pasted text) is not an undoable step', () => {
    let h = startHistory(draftOf(['¿Uno?']));
    h = historyReducer(h, { type: 'replace', present: draftOf(['¿Uno?', '¿Dos?']) });
    expect(canUndo(h)).toBe(false);
    expect(texts(h)).toEqual(['¿Uno?', '¿Dos?']);
  });
});

describe('editing the draft questions', () => {
  it('splits a numbered item holding several questions after its first question mark', () => {
    const d = splitQuestion(draftOf(['¿Cómo se complementan? ¿Cómo dialogan los sectores?']), 'k1', () => 'new');
    expect(d.questions.map((q) => [q.key, q.text])).toEqual([
      ['k1', '¿Cómo se complementan?'],
      ['new', '¿Cómo dialogan los sectores?'],
    ]);
  });

  it('splits at a chosen point, and not at all when one side would be empty', () => {
    const base = draftOf(['¿Cómo crecer? Con mirada feminista']);
    expect(splitQuestion(base, 'k1', () => 'x', 13).questions.map((q) => q.text)).toEqual(['¿Cómo crecer?', 'Con mirada feminista']);
    expect(splitQuestion(base, 'k1', () => 'x', 0)).toBe(base);
    expect(splitQuestion(draftOf(['¿Una sola pregunta?']), 'k1', () => 'x')).toEqual(draftOf(['¿Una sola pregunta?']));
  });

  it('merges a question with the next, keeping its planned turns', () => {
    let d = draftOf(['¿Uno?', '¿Dos?', '¿Tres?']);
    d = addAgendaItem(d, 'k2', { plannedMinutes: 5 }, () => 'a1');
    d = mergeWithNext(d, 'k1');
    expect(d.questions.map((q) => q.text)).toEqual(['¿Uno? ¿Dos?', '¿Tres?']);
    expect(d.agenda.map((a) => a.questionKey)).toEqual(['k1']);
    expect(mergeWithNext(d, 'k3')).toBe(d);
  });

  it('moves, adds and removes questions; removing one drops its planned turns', () => {
    let d = draftOf(['¿A?', '¿B?', '¿C?']);
    d = moveQuestion(d, 2, 0);
    expect(d.questions.map((q) => q.text)).toEqual(['¿C?', '¿A?', '¿B?']);
    d = addQuestion(d, '  ¿D?  ', () => 'k9', 1);
    expect(d.questions.map((q) => q.text)).toEqual(['¿C?', '¿D?', '¿A?', '¿B?']);
    d = addAgendaItem(d, 'k9', {}, () => 'a1');
    d = removeQuestion(d, 'k9');
    expect(d.questions.map((q) => q.text)).toEqual(['¿C?', '¿A?', '¿B?']);
    expect(d.agenda).toEqual([]);
    expect(addQuestion(d, '   ', () => 'x')).toBe(d);
  });

  it('starts from the sample program with its six questions, each pointing at its source text', () => {
    const text = readFileSync('resources/samples/segundo-conversatorio-metropolitano.txt', 'utf8');
    const questions = questionsFromExtraction(extractProgram(text).questions, keys());
    expect(questions).toHaveLength(6);
    for (const q of questions) {
      const source = text.slice(q.span![0], q.span![1]);
      expect(source.replace(/\s+/g, ' ')).toContain(q.text.slice(0, 20));
    }
  });
});
