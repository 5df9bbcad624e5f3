import { memo } from 'preact/compat';
import { useT } from '../../i18n';
import {
  addParticipants,
  editParticipant,
  parsedToFields,
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
  apply: (change: (draft: SetupDraft) => SetupDraft) => void;
  newKey: NewKey;
}

/** The new event's participants, one by one or pasted as a list; every change can be undone. */
export const ParticipantsEditor = memo(function ParticipantsEditor({ participants, apply, newKey }: Props) {
  const t = useT();
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
      <BulkParticipantsPaste idPrefix="setup" onAdd={(rows) => apply((d) => addParticipants(d, parsedToFields(rows), newKey))} />
    </section>
  );
});
