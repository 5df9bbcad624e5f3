import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import { fold } from '../../../core/text/fold';
import { useT } from '../../i18n';
import {
  addParticipants,
  editParticipant,
  parsedToFields,
  parseParticipantList,
  removeParticipant,
  type DraftParticipant,
  type NewKey,
  type SetupDraft,
} from '../../../core/setup';
import { BulkParticipantsPaste } from './BulkParticipantsPaste';
import { BLANK_PARTICIPANT } from '../../components/ParticipantFields';
import { ParticipantForm } from './ParticipantForm';
import { ParticipantRows } from './ParticipantRows';

interface Props {
  participants: DraftParticipant[];
  /** The people the program names, as participant-list lines (ExtractedProgram.people). */
  programPeople: readonly string[];
  apply: (change: (draft: SetupDraft) => SetupDraft) => void;
  newKey: NewKey;
}

/** The new event's participants, one by one or pasted as a list; every change can be undone. */
export const ParticipantsEditor = memo(function ParticipantsEditor({ participants, programPeople, apply, newKey }: Props) {
  const t = useT();
  const offer = useMemo(() => ({ lines: notYetAdded(programPeople, participants) }), [programPeople, participants]);
  return (
    <section class="panel" aria-labelledby="setup-participants-title">
      <h2 id="setup-participants-title">{t('setup.participantsTitle')}</h2>
      <ParticipantRows
        idPrefix="setup"
        rows={participants}
        onSave={(key, value) => apply((d) => editParticipant(d, key, value))}
        onRemove={(key) => apply((d) => removeParticipant(d, key))}
      />
      <details class="add-participant">
        <summary>{t('setup.addParticipant')}</summary>
        <ParticipantForm
          idPrefix="setup-new"
          initial={BLANK_PARTICIPANT}
          submitLabel={t('setup.addParticipantSubmit')}
          onSubmit={(value) => apply((d) => addParticipants(d, [value], newKey))}
        />
      </details>
      <BulkParticipantsPaste
        idPrefix="setup"
        offer={offer}
        onAdd={(rows) => apply((d) => addParticipants(d, parsedToFields(rows), newKey))}
      />
    </section>
  );
});

/** The program's people who are not participants yet (by name, ignoring case and accents). */
function notYetAdded(lines: readonly string[], participants: readonly DraftParticipant[]): string[] {
  if (lines.length === 0) return [];
  const known = new Set(participants.map((p) => nameKey(p.name)));
  const rows = parseParticipantList(lines.join('\n')).rows;
  return rows.filter((r) => !known.has(nameKey(r.name))).map((r) => lines[r.line - 1]!);
}

const nameKey = (name: string): string => fold(name).replace(/\s+/g, ' ').trim();
