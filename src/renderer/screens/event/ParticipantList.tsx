import { describeError } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import { useT } from '../../i18n';
import { addParticipant, deleteParticipant, restoreParticipant, updateParticipant } from '../../store';
import type { Participant } from '../../../core/model/types';
import { BulkParticipantsPaste } from '../setup/BulkParticipantsPaste';
import { BLANK_PARTICIPANT, type ParticipantFieldsValue } from '../../components/ParticipantFields';
import { ParticipantForm } from '../setup/ParticipantForm';
import { ParticipantRows } from '../setup/ParticipantRows';
import '../../styles/setup.css';

const tidy = (v: ParticipantFieldsValue): ParticipantFieldsValue => ({
  ...v,
  name: v.name.replace(/\s+/g, ' ').trim(),
  affiliation: v.affiliation.replace(/\s+/g, ' ').trim(),
});

/** The event's participants: add one, paste a list, edit or remove (removal can be undone). */
export function ParticipantList({ eventId, participants }: { eventId: string; participants: Participant[] }) {
  const t = useT();
  const { notify } = useNotices();
  const guard = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (err) {
      notify({ kind: 'error', text: describeError(err, t) });
    }
  };

  const addMany = (rows: ParticipantFieldsValue[]) =>
    guard(async () => {
      let added = 0;
      // One at a time: if the disk fills up midway, those already added stay and the message says so.
      for (const row of rows) {
        await addParticipant(eventId, tidy(row));
        added += 1;
      }
      notify({ kind: 'info', text: t('setup.participantsAdded', { count: added }) });
    });

  const rows = participants.map((p) => ({ key: p.id, name: p.name, affiliation: p.affiliation, role: p.role, gender: p.gender }));
  return (
    <section class="panel" aria-labelledby="participants-title">
      <h2 id="participants-title">{t('event.participants')}</h2>
      <ParticipantRows
        idPrefix="event"
        rows={rows}
        onSave={(id, value) => void guard(() => updateParticipant(id, tidy(value)))}
        onRemove={(id) => {
          const name = participants.find((p) => p.id === id)?.name ?? '';
          void guard(async () => {
            await deleteParticipant(id);
            notify({
              kind: 'info',
              text: t('setup.participantRemoved', { name }),
              action: { label: t('library.undo'), run: () => void guard(() => restoreParticipant(id)) },
            });
          });
        }}
      />
      <details class="add-participant">
        <summary>{t('setup.addParticipant')}</summary>
        <ParticipantForm
          idPrefix="event-new"
          initial={BLANK_PARTICIPANT}
          submitLabel={t('setup.addParticipantSubmit')}
          onSubmit={(value) => void addMany([value])}
        />
      </details>
      <BulkParticipantsPaste idPrefix="event" onAdd={(parsed) => addMany(parsed)} />
    </section>
  );
}
