import { memo } from 'preact/compat';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { currentLanguage, useT } from '../../i18n';
import {
  addQuestion,
  editQuestion,
  mergeWithNext,
  moveQuestion,
  removeQuestion,
  splitQuestion,
  type DraftQuestion,
  type NewKey,
  type SetupDraft,
} from '../../../core/setup';
import { useProgressiveCount } from '../../components/use-progressive-count';
import { QuestionDraftActions, type DraftAction } from './QuestionDraftActions';
import { QuestionEditor } from './QuestionEditor';

interface Props {
  questions: DraftQuestion[];
  apply: (change: (draft: SetupDraft) => SetupDraft) => void;
  newKey: NewKey;
  activeKey: string | null;
  onActivate: (key: string | null) => void;
}

/** Beyond this many, the list shows on request: a paste that big is rarely a programme, and the page stays quick. */
const LIST_CAP = 150;
/**
 * Questions a new reading shows in its first frame: the list starts below the fold of a laptop's screen (under
 * the paste box and the reading's summary), so a few are enough; the rest follow in idle moments.
 */
const FIRST_FRAME = 5;
/** Questions added to the list in each idle moment after that. */
const IDLE_STEP = 20;

type Editing = { key: string } | { key: null; index: number };

/**
 * The guiding questions as they will be created: edit, split, merge, reorder (buttons or
 * drag), add and delete. Every change goes through `apply`, so each one can be undone.
 */
export const QuestionDraftList = memo(function QuestionDraftList({ questions, apply, newKey, activeKey, onActivate }: Props) {
  const t = useT();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? questions : questions.slice(0, LIST_CAP);
  // A list just read from a paste (its first question never shown before) is a new reading: it starts with its
  // first few items, so they are on screen without waiting for the rest, which follow in idle moments. Edits,
  // moves and deletions (the first question one already shown) keep the reading, and so what is rendered.
  const [painted, setPainted] = useState<{ keys: ReadonlySet<string>; reading: string | undefined }>(() => ({
    keys: new Set(),
    reading: undefined,
  }));
  const firstKey = shown[0]?.key;
  const fresh = firstKey !== undefined && !painted.keys.has(firstKey);
  useEffect(() => {
    if (fresh) setPainted({ keys: new Set(questions.map((q) => q.key)), reading: firstKey });
  }, [fresh, firstKey, questions]);
  const [count] = useProgressiveCount(shown.length, fresh ? firstKey : painted.reading, FIRST_FRAME, IDLE_STEP);
  const rendered = count < shown.length ? shown.slice(0, count) : shown;
  // Translated once per render, not once per button: a long list renders over a thousand of them.
  const language = currentLanguage();
  const words = useMemo(
    () => ({
      questionLabel: t('setup.questionLabel', { n: '\u0000' }),
      dragHint: t('setup.dragHint'),
      addedByHand: t('setup.addedByHand'),
      check: { fallback: t('setup.checkFallback'), statement: t('setup.checkStatement'), table: t('setup.checkTable') },
      edit: t('setup.edit'),
      split: t('setup.split'),
      mergeNext: t('setup.mergeNext'),
      moveUp: t('setup.moveUp'),
      moveDown: t('setup.moveDown'),
      insertAfter: t('setup.insertAfter'),
      delete: t('setup.delete'),
    }),
    [language],
  );
  const list = useRef<HTMLOListElement>(null);
  /** Keeps keyboard focus on the control just used after the list re-renders (e.g. a moved item). */
  const refocus = useRef<{ key: string; action: string } | null>(null);

  useEffect(() => {
    const want = refocus.current;
    if (!want || !list.current) return;
    refocus.current = null;
    const item = list.current.querySelector(`[data-question-key="${CSS.escape(want.key)}"]`);
    const target =
      item?.querySelector<HTMLButtonElement>(`[data-action="${want.action}"]:not(:disabled)`) ??
      item?.querySelector<HTMLButtonElement>('[data-action="edit"]');
    target?.focus();
  });

  const move = (from: number, to: number, key: string, action: string) => {
    refocus.current = { key, action };
    apply((d) => moveQuestion(d, from, to));
  };

  const act = (action: DraftAction, i: number, key: string) => {
    if (action === 'edit') setEditing({ key });
    else if (action === 'split') apply((d) => splitQuestion(d, key, newKey));
    else if (action === 'merge') apply((d) => mergeWithNext(d, key));
    else if (action === 'up') move(i, i - 1, key, 'up');
    else if (action === 'down') move(i, i + 1, key, 'down');
    else if (action === 'insert') setEditing({ key: null, index: i + 1 });
    else apply((d) => removeQuestion(d, key));
  };

  const drop = (to: number) => {
    if (dragging !== null) apply((d) => moveQuestion(d, dragging, to > dragging ? to - 1 : to));
    setDragging(null);
    setDropAt(null);
  };

  return (
    <div class="draft-questions">
      <ol class="question-list draft-list" ref={list} data-testid="draft-questions" aria-label={t('setup.questionsTitle')}>
        {rendered.map((q, i) => {
          const label = words.questionLabel.replace('\u0000', String(i + 1));
          if (editing?.key === q.key) {
            return (
              <li key={q.key} class="question-item editing" data-question-key={q.key}>
                <QuestionEditor
                  label={label}
                  initialText={q.text}
                  initialBlock={q.block}
                  onSave={(text, block) => {
                    refocus.current = { key: q.key, action: 'edit' };
                    apply((d) => editQuestion(d, q.key, { text, block }));
                    setEditing(null);
                  }}
                  onSplitAt={(text, block, at) => {
                    apply((d) => splitQuestion(editQuestion(d, q.key, { text, block }), q.key, newKey, at));
                    setEditing(null);
                  }}
                  onCancel={() => {
                    refocus.current = { key: q.key, action: 'edit' };
                    setEditing(null);
                  }}
                />
              </li>
            );
          }
          return (
            <li
              key={q.key}
              class={`question-item draft-item${q.key === activeKey ? ' active' : ''}${dropAt === i ? ' drop-before' : ''}`}
              data-question-key={q.key}
              draggable
              onDragStart={(e) => {
                setDragging(i);
                e.dataTransfer?.setData('text/plain', q.text);
              }}
              onDragOver={(e) => {
                if (dragging === null) return;
                e.preventDefault();
                setDropAt(i);
              }}
              onDrop={(e) => {
                e.preventDefault();
                drop(i);
              }}
              onDragEnd={() => {
                setDragging(null);
                setDropAt(null);
              }}
              onFocusIn={() => onActivate(q.key)}
              onMouseEnter={() => onActivate(q.key)}
            >
              <div class="draft-item-body">
                <span class="drag-handle" aria-hidden="true" title={words.dragHint}>
                  ⠿
                </span>
                <div>
                  {q.block && <span class="badge">{q.block}</span>}
                  {q.span === null && <span class="badge">{words.addedByHand}</span>}
                  {q.check && (
                    <span class="badge badge-check" data-testid="question-check">
                      {words.check[q.check]}
                    </span>
                  )}
                  <p class="question-text">{q.text}</p>
                </div>
              </div>
              <QuestionDraftActions
                words={words}
                label={label}
                text={q.text}
                first={i === 0}
                last={i === questions.length - 1}
                onAction={(action) => act(action, i, q.key)}
              />
              {editing?.key === null && editing.index === i + 1 && i + 1 < questions.length && newEditor(i + 1)}
            </li>
          );
        })}
        {dragging !== null && (
          <li
            class={`drop-end${dropAt === questions.length ? ' drop-before' : ''}`}
            aria-hidden="true"
            onDragOver={(e) => {
              e.preventDefault();
              setDropAt(questions.length);
            }}
            onDrop={(e) => {
              e.preventDefault();
              drop(questions.length);
            }}
          />
        )}
      </ol>
      {questions.length === 0 && <p class="empty">{t('setup.noQuestions')}</p>}
      {shown.length < questions.length && (
        <p>
          <button type="button" class="button" onClick={() => setShowAll(true)}>
            {t('setup.showAllQuestions', { count: questions.length })}
          </button>
        </p>
      )}
      {editing?.key === null && editing.index >= questions.length ? (
        newEditor(questions.length)
      ) : (
        <button type="button" class="button" onClick={() => setEditing({ key: null, index: questions.length })}>
          {t('setup.addQuestion')}
        </button>
      )}
    </div>
  );

  function newEditor(index: number) {
    return (
      <QuestionEditor
        label={t('setup.newQuestion')}
        initialText=""
        initialBlock={questions[index - 1]?.block ?? ''}
        onSave={(text, block) => {
          apply((d) => addQuestion(d, text, newKey, index, block));
          setEditing(null);
        }}
        onCancel={() => setEditing(null)}
      />
    );
  }
});
