import type { TimerEvent } from '../timer/events';

/**
 * Relator's domain model (event file version 2: mesas and note authors).
 *
 * Every stored record carries a UUID and created/updated times so that files written by
 * several rapporteurs can later be merged record by record (last writer wins per record),
 * and deletions are soft (`deletedAt`) so that a merge can tell "deleted" from "never seen".
 */

export type Id = string;
/** An instant, ISO 8601 in UTC with milliseconds, e.g. `2026-11-26T16:05:00.000Z`. */
export type IsoInstant = string;
/** A calendar date, `YYYY-MM-DD`, or `''` while unknown. */
export type IsoDate = string;
/** A wall-clock time, `HH:MM` (24 h), or `''` while unknown. */
export type ClockTime = string;

export type Language = 'es' | 'en';
export const LANGUAGES: readonly Language[] = ['es', 'en'];

export interface Stamped {
  id: Id;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
  /** Soft delete: the record stays so merges and undo can see it. */
  deletedAt: IsoInstant | null;
}

/** The session clock the rapporteur starts, pauses and resumes during the forum. */
export interface SessionClock {
  /** When the session was first started; null until then. */
  startedAt: IsoInstant | null;
  /** When the clock was last (re)started; null while paused or not started. */
  runningSince: IsoInstant | null;
  /** Milliseconds accumulated before `runningSince` (i.e. over earlier running spans). */
  accumulatedMs: number;
}

export interface RelatorEvent extends Stamped {
  title: string;
  subtitle: string;
  organisers: string[];
  place: string;
  date: IsoDate;
  startTime: ClockTime;
  /** IANA time zone of the venue, e.g. `America/Mexico_City`. */
  timeZone: string;
  objectives: string[];
  language: Language;
  /** Name of the rapporteur who keeps this file (the report's author). */
  rapporteur: string;
  /** General conclusions of the forum (light Markdown). */
  conclusions: string;
  /** General agreements of the forum (light Markdown). */
  agreements: string;
  /**
   * The relatoría's own texts (light Markdown), each a section of the report when not empty. Added
   * after v1 shipped: files and stores without them read ''. `methodology` '' means the report
   * drafts it from the event (core/report/methodology.ts).
   */
  executiveSummary: string;
  introduction: string;
  methodology: string;
  /** Consensus and dissent at event level, with the reasons noted. */
  consensus: string;
  recommendations: string;
  nextSteps: string;
  /** Signatures: who prepared and who reviewed the relatoría, name and role ("Ana Ruiz, relatora"). */
  preparedBy: string;
  reviewedBy: string;
  /** Who attended (a list and/or counts), for the report's attendance section. Files and stores before it read empty. */
  attendance: Attendance;
  session: SessionClock;
}

/**
 * Attendance: a list read from a registration sheet, and counts entered by hand for people not on
 * it (walk-ins, an online audience). The report adds both. Kept on the event record: a merge takes
 * the whole attendance of the newer version, as it does for the organisers and objectives lists.
 */
export interface Attendance {
  list: Attendee[];
  counts: AttendanceCount[];
}

export interface Attendee {
  name: string;
  /** Organisation or institution. */
  affiliation: string;
  /** Cargo. */
  position: string;
  /** Free text, e.g. "Academia", "Gobierno"; '' when not given. */
  sector: string;
  gender: Gender;
}

/** People counted by hand in one sector ('' for no sector), by gender. */
export interface AttendanceCount {
  sector: string;
  byGender: Record<Gender, number>;
}

/**
 * A working table (mesa) of a forum that splits into parallel groups: each has its own room,
 * moderator and rapporteurs, and its own notes, turns and syntheses.
 */
export interface Mesa extends Stamped {
  eventId: Id;
  /** Position among the event's mesas, 0-based. */
  order: number;
  name: string;
  room: string;
  moderator: string;
  /** The mesa's rapporteurs, by name, in the order given. */
  rapporteurs: string[];
}

export interface GuidingQuestion extends Stamped {
  eventId: Id;
  /** Position in the event, 0-based; the order the forum follows. */
  order: number;
  text: string;
  /** Optional heading of the program the question sits under (e.g. "Eje 1"); '' when there is none. */
  block: string;
  /**
   * The mesas that discuss the question; empty when it belongs to the plenary. A v1 file's block
   * named like a mesa ("Mesa 1") becomes a mesa on reading (file-format/migrate.ts).
   */
  mesaIds: Id[];
}

export type ParticipantRole = 'panellist' | 'moderator' | 'rapporteur' | 'audience' | 'other';
export const PARTICIPANT_ROLES: readonly ParticipantRole[] = ['panellist', 'moderator', 'rapporteur', 'audience', 'other'];

/** Self-described, optional; used only for speaking-time equity figures, never guessed. */
export type Gender = 'woman' | 'man' | 'non-binary' | 'unspecified';
export const GENDERS: readonly Gender[] = ['woman', 'man', 'non-binary', 'unspecified'];

export interface Participant extends Stamped {
  eventId: Id;
  name: string;
  /** Job title, "cargo" (e.g. "Directora de Planeación"); '' when unknown. Files before it was added read ''. */
  position: string;
  /** The institution or organisation the person speaks for. */
  affiliation: string;
  role: ParticipantRole;
  gender: Gender;
  /** Self-described sector (e.g. "Academia", "Gobierno", "Sociedad civil"); '' when unknown. Free text. */
  sector: string;
}

export type NoteKind = 'idea' | 'quote' | 'proposal' | 'agreement' | 'disagreement' | 'audience-question' | 'data' | 'action';
export const NOTE_KINDS: readonly NoteKind[] = [
  'idea',
  'quote',
  'proposal',
  'agreement',
  'disagreement',
  'audience-question',
  'data',
  'action',
];

/** Who does what by when, for notes of kind `action`. */
export interface ActionItem {
  who: string;
  when: string;
}

export interface Note extends Stamped {
  eventId: Id;
  /** The guiding question the note was taken under; null for general notes. */
  questionId: Id | null;
  text: string;
  /** Milliseconds of session time when the note was written; null if the session had not started. */
  elapsedMs: number | null;
  speakerId: Id | null;
  kind: NoteKind;
  tags: string[];
  starred: boolean;
  /** Last time the text was edited after creation; null if never. */
  editedAt: IsoInstant | null;
  action: ActionItem | null;
  /** The mesa the note was taken in; null for the plenary. */
  mesaId: Id | null;
  /** The installation of the rapporteur who wrote it (a stable id per copy of Relator); null when unknown (v1 files). */
  authorId: Id | null;
  /** That rapporteur's display name when the note was written; '' when unknown. */
  authorName: string;
}

/**
 * A speaking turn. A turn with only planned figures is an agenda item; the moderator's timer
 * fills in the actual start and end.
 */
export interface Turn extends Stamped {
  eventId: Id;
  questionId: Id | null;
  speakerId: Id | null;
  /** Position in the agenda / queue. */
  order: number;
  plannedSeconds: number | null;
  plannedStartAt: IsoInstant | null;
  actualStartAt: IsoInstant | null;
  actualEndAt: IsoInstant | null;
  /**
   * The moderator's timer transitions for this turn (start, pause, adjust…), in order; the
   * timer's state is a fold over it, so a reload resumes with the same remaining time.
   */
  timerLog: TimerEvent[];
  /** The mesa whose moderator timed the turn; null for the plenary. */
  mesaId: Id | null;
}

/**
 * The synthesis of one guiding question by one mesa, or (mesaId null) the plenary's, which is also
 * the general relatoría's own synthesis of the question; leads that question's section of the report.
 * At most one live synthesis per question and mesa.
 */
export interface Synthesis extends Stamped {
  eventId: Id;
  questionId: Id;
  text: string;
  mesaId: Id | null;
}

/** An image of the event as the app stored it (already resized): a photo for the annex, or an organiser's logo for the cover. */
export interface Photo extends Stamped {
  eventId: Id;
  kind: PhotoKind;
  /** Position in the photo annex. */
  order: number;
  caption: string;
  mediaType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  /** The image file's bytes (PNG or JPEG); in the event file, base64. */
  data: Uint8Array;
}

export type PhotoKind = 'photo' | 'logo';
export const PHOTO_KINDS: readonly PhotoKind[] = ['photo', 'logo'];

/** A whole event with everything that belongs to it: what an event file holds. */
export interface EventBundle {
  event: RelatorEvent;
  mesas: Mesa[];
  questions: GuidingQuestion[];
  participants: Participant[];
  notes: Note[];
  turns: Turn[];
  syntheses: Synthesis[];
  photos: Photo[];
}
