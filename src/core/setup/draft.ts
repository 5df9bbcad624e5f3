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
  /**
   * Set when the program reading found it by a weaker rule (a line asking something with no heading, a
   * statement without "?", a table cell): the preview asks the user to check it. Editing it clears it.
   */
  check?: QuestionCheck;
}

export type QuestionCheck = 'fallback' | 'statement' | 'table';

export interface DraftParticipant {
  key: Id;
  name: string;
  position: string;
  affiliation: string;
  role: ParticipantRole;
  gender: Gender;
  sector: string;
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
