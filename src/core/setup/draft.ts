import type { Gender, Id, ParticipantRole } from '../model/types';

/**
 * What the setup screen edits before the event exists. Keys become the records' ids when the
 * event is created, so agenda items can point at questions and people from the start.
 */
export interface DraftQuestion {
  key: Id;
  text: string;
  block: string;
  /** [start, end) in the pasted text this question came from; null for one the user added. */
  span: [number, number] | null;
}

export interface DraftParticipant {
  key: Id;
  name: string;
  affiliation: string;
  role: ParticipantRole;
  gender: Gender;
}

/** A planned turn: someone speaking on a guiding question for some minutes. */
export interface AgendaItem {
  key: Id;
  questionKey: Id;
  speakerKey: Id | null;
  plannedMinutes: number | null;
}

export interface SetupDraft {
  questions: DraftQuestion[];
  participants: DraftParticipant[];
  agenda: AgendaItem[];
}

export const EMPTY_DRAFT: SetupDraft = { questions: [], participants: [], agenda: [] };

export type NewKey = () => Id;
