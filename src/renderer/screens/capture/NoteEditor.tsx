import { useEffect, useRef, useState } from 'preact/hooks';
import { NOTE_KINDS, type GuidingQuestion, type Note, type NoteKind, type Participant } from '../../../core/model/types';
import { ConflictChoice } from '../../components/ConflictChoice';
import { useT } from '../../i18n';
import type { EditGuard } from '../../../core/model/edit-guard';
import { useGuardedSave } from '../../autosave/use-guarded-save';
import { noteConflictRows } from './note-conflict';

interface NoteEditorProps {
  note: Note;
  participants: readonly Participant[];
  questions: readonly GuidingQuestion[];
  onCancel: () => void;
  /** Resolves true once saved (the editor closes then); rejects with EditConflictError when another tab changed the note. */
  onSave: (changes: Partial<Note>, guard: EditGuard<Note>) => Promise<boolean>;
}

/** Edits a note in place: text, kind, speaker, question, tags and the action's who/when. */
export function NoteEditor({ note, participants, questions, onCancel, onSave }: NoteEditorProps) {
  const t = useT();
  const [kind, setKind] = useState<NoteKind>(note.kind);
  // Selects have no defaultValue property: they are controlled.
  const [speaker, setSpeaker] = useState(note.speakerId ?? '');
  const [question, setQuestion] = useState(note.questionId ?? '');
  const form = useRef<HTMLFormElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textRef.current?.focus({ preventScroll: true }), []);
  const id = `edit-${note.id}`;
  const guarded = useGuardedSave(note, onSave);

  const submit = async () => {
    const data = new FormData(form.current!);
    const text = String(data.get('text') ?? '').trim();
    if (!text) return;
    const tags = String(data.get('tags') ?? '')
      .split(/[\s,]+/)
      .map((s) => s.replace(/^#+/, '').toLowerCase())
      .filter(Boolean);
    await guarded.save({
      text,
      kind,
      speakerId: speaker || null,
      questionId: question || null,
      tags: [...new Set(tags)],
      action: kind === 'action' ? { who: String(data.get('who') ?? '').trim(), when: String(data.get('when') ?? '').trim() } : null,
    });
  };

  return (
    <form
      ref={form}
      class="note-editor"
      aria-label={t('capture.editor.label')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <label class="field">
        <span>{t('capture.editor.text')}</span>
        <textarea
          name="text"
          rows={3}
          defaultValue={note.text}
          ref={textRef}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
              e.preventDefault();
              void submit();
            }
          }}
        />
      </label>
      <div class="note-editor-row">
        <label class="field">
          <span>{t('capture.kinds.label')}</span>
          <select name="kind" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as NoteKind)}>
            {NOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`capture.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('capture.speaker.label')}</span>
          <select name="speaker" value={speaker} onChange={(e) => setSpeaker((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('capture.speaker.none')}</option>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('capture.editor.question')}</span>
          <select name="question" value={question} onChange={(e) => setQuestion((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('capture.rail.general')}</option>
            {questions.map((q) => (
              <option key={q.id} value={q.id}>
                {`${q.order + 1}. ${q.text.slice(0, 80)}`}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('capture.find.tag')}</span>
          <input name="tags" defaultValue={note.tags.map((tag) => `#${tag}`).join(' ')} />
        </label>
      </div>
      {kind === 'action' && (
        <div class="note-editor-row">
          <label class="field" for={`${id}-who`}>
            <span>{t('capture.composer.actionWho')}</span>
            <input id={`${id}-who`} name="who" defaultValue={note.action?.who ?? ''} />
          </label>
          <label class="field" for={`${id}-when`}>
            <span>{t('capture.composer.actionWhen')}</span>
            <input id={`${id}-when`} name="when" defaultValue={note.action?.when ?? ''} />
          </label>
        </div>
      )}
      {guarded.conflict && (
        <ConflictChoice
          id={`${id}-conflict`}
          rows={noteConflictRows(guarded.conflict, t, participants, questions)}
          theirsAt={guarded.conflict.theirs.updatedAt}
          deleted={guarded.conflict.theirs.deletedAt !== null}
          onKeepMine={() => void guarded.keepMine()}
          onKeepTheirs={onCancel}
          onCombine={() => {
            const theirs = guarded.conflict!.theirs.text;
            const box = textRef.current!;
            if (theirs !== box.value) box.value = `${box.value.replace(/\s+$/, '')}\n\n${theirs}`;
            guarded.rebase();
            box.focus();
          }}
        />
      )}
      <div class="toolbar">
        <button type="submit" class="button button-primary button-small">
          {t('capture.editor.save')}
        </button>
        <button type="button" class="button button-small" onClick={onCancel}>
          {t('capture.editor.cancel')}
        </button>
      </div>
    </form>
  );
}
