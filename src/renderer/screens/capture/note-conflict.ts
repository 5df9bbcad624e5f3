import type { GuidingQuestion, Note, Participant } from '../../../core/model/types';
import type { EditConflictView } from '../../autosave/use-guarded-save';
import type { ConflictRow } from '../../components/ConflictChoice';
import type { TFunction } from '../../i18n';

type Shown = 'text' | 'kind' | 'speakerId' | 'questionId' | 'tags' | 'action';
const SHOWN: readonly Shown[] = ['text', 'kind', 'speakerId', 'questionId', 'tags', 'action'];

/** The conflicting fields of a note in words, the user's next to the other tab's. */
export function noteConflictRows(
  c: EditConflictView<Note>,
  t: TFunction,
  participants: readonly Participant[],
  questions: readonly GuidingQuestion[],
): ConflictRow[] {
  const show = (field: Shown, note: Partial<Note>): string => {
    switch (field) {
      case 'text':
        return note.text ?? '';
      case 'kind':
        return note.kind ? t(`capture.kinds.${note.kind}`) : '';
      case 'speakerId':
        return note.speakerId ? (participants.find((p) => p.id === note.speakerId)?.name ?? '?') : t('capture.speaker.none');
      case 'questionId': {
        const q = questions.find((x) => x.id === note.questionId);
        return q ? `${q.order + 1}. ${q.text}` : t('capture.rail.general');
      }
      case 'tags':
        return (note.tags ?? []).map((tag) => `#${tag}`).join(' ');
      case 'action':
        return note.action ? [note.action.who, note.action.when].filter(Boolean).join(' · ') : '';
    }
  };
  const label: Record<Shown, string> = {
    text: t('capture.editor.text'),
    kind: t('capture.kinds.label'),
    speakerId: t('capture.speaker.label'),
    questionId: t('capture.editor.question'),
    tags: t('capture.find.tag'),
    action: t('capture.kinds.action'),
  };
  return SHOWN.filter((f) => c.fields.includes(f)).map((f) => ({ label: label[f], mine: show(f, c.mine), theirs: show(f, c.theirs) }));
}
