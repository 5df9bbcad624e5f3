import { useState } from 'preact/hooks';
import { ConflictChoice } from '../../components/ConflictChoice';
import { useNotices } from '../../components/Notices';
import { useAutoFocus } from '../../components/use-auto-focus';
import { describeError } from '../../app/errors';
import { useT } from '../../i18n';
import { addQuestion, deleteQuestion, isEditConflict, reorderQuestions, updateQuestion } from '../../store';
import { isPlenary, liveMesaIds, mesaNames } from '../../../core/mesas';
import type { GuidingQuestion, Mesa } from '../../../core/model/types';

/**
 * The event's guiding questions in order, edited in place; reordering works from the keyboard.
 * With mesas, each question says whether it is the plenary's or which mesas discuss it.
 */
export function QuestionList({ eventId, questions, mesas }: { eventId: string; questions: GuidingQuestion[]; mesas: readonly Mesa[] }) {
  const t = useT();
  const { notify } = useNotices();
  // `opened`: the question as it was when editing started, so another tab's change is never overwritten unseen.
  const [editing, setEditing] = useState<{ id: string | null; text: string; opened?: GuidingQuestion } | null>(null);
  const [conflict, setConflict] = useState<GuidingQuestion | null>(null);

  const guard = (work: () => Promise<unknown>) =>
    void work().catch((err: unknown) => notify({ kind: 'error', text: describeError(err, t) }));

  const move = (index: number, delta: number) => {
    const ids = questions.map((q) => q.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + delta, 0, id!);
    guard(() => reorderQuestions(eventId, ids));
  };

  const save = (over = editing?.opened) => {
    if (!editing) return;
    const text = editing.text.trim();
    if (!text) return setEditing(null);
    guard(async () => {
      try {
        if (editing.id) await updateQuestion(editing.id, { text }, over && { expectedUpdatedAt: over.updatedAt, base: over });
        else await addQuestion(eventId, text);
      } catch (err) {
        if (!isEditConflict<GuidingQuestion>(err)) throw err;
        return setConflict(err.current);
      }
      setConflict(null);
      setEditing(null);
    });
  };
  const cancel = () => {
    setConflict(null);
    setEditing(null);
  };

  const editor = (label: string) => (
    <QuestionEditor
      label={label}
      text={editing?.text ?? ''}
      onText={(text) => setEditing({ ...editing, id: editing?.id ?? null, text })}
      onSave={() => save()}
      onCancel={cancel}
    />
  );
  const conflictChoice = conflict && editing && (
    <ConflictChoice
      id="question-conflict"
      rows={[{ mine: editing.text, theirs: conflict.text }]}
      theirsAt={conflict.updatedAt}
      deleted={conflict.deletedAt !== null}
      onKeepMine={() => save(conflict)}
      onKeepTheirs={cancel}
      onCombine={() => {
        setEditing({ ...editing, text: `${editing.text.replace(/\s+$/, '')}\n\n${conflict.text}`, opened: conflict });
        setConflict(null);
      }}
    />
  );
  return (
    <section class="panel" aria-labelledby="questions-title">
      <h2 id="questions-title">{t('event.questions')}</h2>
      {questions.length === 0 && <p class="empty">{t('event.noQuestions')}</p>}
      <ol class="question-list" data-testid="question-list">
        {questions.map((q, i) => {
          const label = t('event.questionLabel', { n: i + 1 });
          return (
            <li key={q.id} class="question-item">
              {editing?.id === q.id ? (
                <>
                  {editor(label)}
                  {conflictChoice}
                </>
              ) : (
                <>
                  {q.block && <span class="badge">{q.block}</span>}
                  <p class="question-text">{q.text}</p>
                  {mesas.length > 0 && (
                    <QuestionMesas
                      question={q}
                      mesas={mesas}
                      label={t('mesas.questionMesas', { n: i + 1 })}
                      onChange={(mesaIds) => guard(() => updateQuestion(q.id, { mesaIds }))}
                    />
                  )}
                  <div class="toolbar" role="group" aria-label={label}>
                    <button
                      type="button"
                      class="button button-small"
                      aria-label={`${t('event.editQuestion')}: ${label}`}
                      onClick={() => setEditing({ id: q.id, text: q.text, opened: q })}
                    >
                      {t('event.editQuestion')}
                    </button>
                    <button
                      type="button"
                      class="button button-small"
                      aria-label={`${t('event.moveUp')}: ${label}`}
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      class="button button-small"
                      aria-label={`${t('event.moveDown')}: ${label}`}
                      disabled={i === questions.length - 1}
                      onClick={() => move(i, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      class="button button-small button-danger"
                      aria-label={`${t('event.deleteQuestion')}: ${label}`}
                      onClick={() => guard(() => deleteQuestion(q.id))}
                    >
                      {t('event.deleteQuestion')}
                    </button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {editing?.id === null ? (
        editor(t('event.newQuestionLabel'))
      ) : (
        <button type="button" class="button" onClick={() => setEditing({ id: null, text: '' })}>
          {t('event.addQuestion')}
        </button>
      )}
    </section>
  );
}

/** Which mesas discuss a question: none ticked means the plenary. Each tick is saved at once. */
function QuestionMesas(props: { question: GuidingQuestion; mesas: readonly Mesa[]; label: string; onChange: (mesaIds: string[]) => void }) {
  const t = useT();
  const { question, mesas } = props;
  const plenary = isPlenary(question, liveMesaIds(mesas));
  const summary = t('mesas.questionMesasSummary', { names: plenary ? t('mesas.plenary') : mesaNames(question, mesas).join(', ') });
  return (
    <details class="question-mesas">
      <summary aria-label={`${props.label}: ${summary}`}>{summary}</summary>
      <fieldset>
        <legend class="visually-hidden">{props.label}</legend>
        {mesas.map((m) => (
          <label key={m.id} class="check">
            <input
              type="checkbox"
              checked={question.mesaIds.includes(m.id)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                // Deleted mesas are dropped on the way: only live ones are offered.
                const kept = question.mesaIds.filter((id) => id !== m.id && mesas.some((x) => x.id === id));
                props.onChange(on ? [...kept, m.id] : kept);
              }}
            />
            {m.name}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

interface EditorProps {
  label: string;
  text: string;
  onText: (text: string) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** Enter saves, Shift+Enter breaks the line, Escape cancels. */
function QuestionEditor({ label, text, onText, onSave, onCancel }: EditorProps) {
  const t = useT();
  const ref = useAutoFocus<HTMLTextAreaElement>();
  return (
    <form
      class="question-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      <label class="field">
        <span class="visually-hidden">{label}</span>
        <textarea
          ref={ref}
          rows={3}
          value={text}
          onInput={(e) => onText((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              onSave();
            }
            if (e.key === 'Escape') onCancel();
          }}
        />
      </label>
      <div class="toolbar">
        <button type="submit" class="button button-primary button-small">
          {t('event.saveQuestion')}
        </button>
        <button type="button" class="button button-small" onClick={onCancel}>
          {t('event.cancelEdit')}
        </button>
      </div>
    </form>
  );
}
