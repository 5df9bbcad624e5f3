import type { DraftParticipant, NewKey, SetupDraft } from './draft';
import type { ParsedParticipant } from './participant-list';

export type ParticipantDraftFields = Omit<DraftParticipant, 'key'>;

const clean = (fields: ParticipantDraftFields): ParticipantDraftFields => ({
  ...fields,
  name: fields.name.replace(/\s+/g, ' ').trim(),
  position: fields.position.replace(/\s+/g, ' ').trim(),
  affiliation: fields.affiliation.replace(/\s+/g, ' ').trim(),
  sector: fields.sector.replace(/\s+/g, ' ').trim(),
});

/** Adds people to the draft (from the form or a bulk paste); rows without a name are skipped. */
export function addParticipants(draft: SetupDraft, rows: readonly ParticipantDraftFields[], newKey: NewKey): SetupDraft {
  const added = rows.map(clean).filter((r) => r.name);
  if (added.length === 0) return draft;
  return { ...draft, participants: [...draft.participants, ...added.map((r) => ({ ...r, key: newKey() }))] };
}

export function parsedToFields(rows: readonly ParsedParticipant[]): ParticipantDraftFields[] {
  return rows.map(({ name, position, affiliation, role, gender, sector }) => ({ name, position, affiliation, role, gender, sector }));
}

export function editParticipant(draft: SetupDraft, key: string, fields: ParticipantDraftFields): SetupDraft {
  const index = draft.participants.findIndex((p) => p.key === key);
  const current = draft.participants[index];
  const next = clean(fields);
  if (!current || !next.name) return draft;
  if (
    current.name === next.name &&
    current.position === next.position &&
    current.affiliation === next.affiliation &&
    current.sector === next.sector &&
    current.role === next.role &&
    current.gender === next.gender
  ) {
    return draft;
  }
  const participants = draft.participants.slice();
  participants[index] = { ...next, key };
  return { ...draft, participants };
}

/** Removes a person; their planned turns stay in the agenda with no speaker, to be reassigned. */
export function removeParticipant(draft: SetupDraft, key: string): SetupDraft {
  if (!draft.participants.some((p) => p.key === key)) return draft;
  return {
    ...draft,
    participants: draft.participants.filter((p) => p.key !== key),
    agenda: draft.agenda.map((a) => (a.speakerKey === key ? { ...a, speakerKey: null } : a)),
  };
}
