import { useState } from 'preact/hooks';
import { describeError } from '../../app/errors';
import { ConflictChoice } from '../../components/ConflictChoice';
import { useNotices } from '../../components/Notices';
import { useT, type TFunction } from '../../i18n';
import { addParticipant, deleteParticipant, isEditConflict, restoreParticipant, updateParticipant } from '../../store';
import type { Participant } from '../../../core/model/types';
import { BulkParticipantsPaste } from '../setup/BulkParticipantsPaste';
import { BLANK_PARTICIPANT, type ParticipantFieldsValue } from '../../components/ParticipantFields';
import { ParticipantForm } from '../setup/ParticipantForm';
import { ParticipantRows, type ParticipantRow } from '../setup/ParticipantRows';
import '../../styles/setup.css';

const tidy = (v: ParticipantFieldsValue): ParticipantFieldsValue => ({
  ...v,
  name: v.name.replace(/\s+/g, ' ').trim(),
  position: v.position.replace(/\s+/g, ' ').trim(),
  affiliation: v.affiliation.replace(/\s+/g, ' ').trim(),
  sector: v.sector.replace(/\s+/g, ' ').trim(),
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
        // Only the person's fields: a pasted row also carries its line number, which is not stored.
        await addParticipant(eventId, tidy(fieldsOf(row)));
        added += 1;
      }
      notify({ kind: 'info', text: t('setup.participantsAdded', { count: added }) });
    });

  // A save refused because another tab changed the same person meanwhile: both versions, the user's choice.
  const [conflict, setConflict] = useState<{ id: string; mine: ParticipantFieldsValue; theirs: Participant } | null>(null);
  const saveOver = (id: string, value: ParticipantFieldsValue, over: ParticipantFieldsValue & { updatedAt?: string }) =>
    guard(async () => {
      const guardBy = over.updatedAt === undefined ? undefined : { expectedUpdatedAt: over.updatedAt, base: fieldsOf(over) };
      try {
        await updateParticipant(id, value, guardBy);
        setConflict(null);
      } catch (err) {
        if (!isEditConflict<Participant>(err)) throw err;
        setConflict({ id, mine: value, theirs: err.current });
      }
    });

  const rows: ParticipantRow[] = participants.map((p) => ({ key: p.id, ...fieldsOf(p), updatedAt: p.updatedAt }));
  return (
    <section class="panel" aria-labelledby="participants-title">
      <h2 id="participants-title">{t('event.participants')}</h2>
      <ParticipantRows
        idPrefix="event"
        rows={rows}
        onSave={(id, value, opened) => void saveOver(id, tidy(value), opened)}
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
      {conflict && (
        <ConflictChoice
          id="participant-conflict"
          rows={participantRows(conflict.mine, conflict.theirs, t)}
          theirsAt={conflict.theirs.updatedAt}
          deleted={conflict.theirs.deletedAt !== null}
          onKeepMine={() => void saveOver(conflict.id, conflict.mine, conflict.theirs)}
          onKeepTheirs={() => setConflict(null)}
        />
      )}
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

const fieldsOf = (p: ParticipantFieldsValue): ParticipantFieldsValue => ({
  name: p.name,
  position: p.position,
  affiliation: p.affiliation,
  role: p.role,
  gender: p.gender,
  sector: p.sector,
});

/** The fields that differ between the user's version and the other tab's, in words. */
function participantRows(mine: ParticipantFieldsValue, theirs: Participant, t: TFunction) {
  const show: Record<keyof ParticipantFieldsValue, [string, (v: ParticipantFieldsValue) => string]> = {
    name: [t('participant.name'), (v) => v.name],
    position: [t('participant.position'), (v) => v.position],
    affiliation: [t('participant.affiliation'), (v) => v.affiliation],
    sector: [t('participant.sector'), (v) => v.sector],
    role: [t('participant.role'), (v) => t(`roles.${v.role}`)],
    gender: [t('participant.gender'), (v) => t(`participant.genders.${v.gender}`)],
  };
  return Object.values(show)
    .map(([label, text]) => ({ label, mine: text(mine), theirs: text(theirs) }))
    .filter((row) => row.mine !== row.theirs);
}
