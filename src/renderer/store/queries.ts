import type { GuidingQuestion, Id, Mesa, Participant, RelatorEvent, Synthesis } from '../../core/model/types';
import type { RelatorDb } from './db';
import { countNotes, listEvents } from './events';
import { listMesas } from './mesas';
import { listParticipants } from './participants';
import { listQuestions } from './questions';
import { listSyntheses } from './syntheses';

/** An event for the events list, with counts read without loading any note. */
export interface EventSummary {
  event: RelatorEvent;
  questionCount: number;
  noteCount: number;
  /** Texts a merge kept aside that the user has not reviewed yet. */
  mergeConflicts: number;
}

export async function listEventSummaries(db: RelatorDb): Promise<EventSummary[]> {
  const events = await listEvents(db);
  return Promise.all(
    events.map(async (event) => {
      const [questions, noteCount, mergeConflicts] = await Promise.all([
        listQuestions(db, event.id),
        countNotes(db, event.id),
        db.mergeConflicts.where('eventId').equals(event.id).count(),
      ]);
      return { event, questionCount: questions.length, noteCount, mergeConflicts };
    }),
  );
}

/** What the event screen shows besides the notes (which are read per question). */
export interface EventOverview {
  event: RelatorEvent;
  mesas: Mesa[];
  questions: GuidingQuestion[];
  participants: Participant[];
  syntheses: Synthesis[];
  noteCount: number;
}

/** The event (even if in the bin, so the screen can say so) with its live parts; null if it does not exist. */
export async function getEventOverview(db: RelatorDb, eventId: Id): Promise<EventOverview | null> {
  const event = await db.events.get(eventId);
  if (!event) return null;
  const [mesas, questions, participants, syntheses, noteCount] = await Promise.all([
    listMesas(db, eventId),
    listQuestions(db, eventId),
    listParticipants(db, eventId),
    listSyntheses(db, eventId),
    countNotes(db, eventId),
  ]);
  return { event, mesas, questions, participants, syntheses, noteCount };
}
