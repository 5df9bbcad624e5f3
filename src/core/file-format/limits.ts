/**
 * Limits an event file must respect. They are far above what a real forum produces and exist so
 * that a hostile or broken file cannot exhaust memory or freeze the app while it is checked.
 */
export const EVENT_FILE_FORMAT = 'relator-event';
export const EVENT_FILE_VERSION = 2;
/** The oldest version a reader converts (file-format/migrate.ts); older or missing versions are refused. */
export const OLDEST_EVENT_FILE_VERSION = 1;

/** Largest event file read or written (bytes); the same figure as the desktop bridge. */
export const MAX_EVENT_FILE_BYTES = 200 * 1024 * 1024;
/** Errors reported for one file; the rest are counted, not listed. */
export const MAX_REPORTED_ERRORS = 20;

export const LIMITS = {
  noteText: 100_000,
  synthesisText: 200_000,
  /** Event conclusions and agreements (light Markdown). */
  longText: 1_000_000,
  title: 2_000,
  questionText: 10_000,
  objective: 10_000,
  /** Names, places, affiliations, tags' owners, blocks… */
  shortText: 2_000,
  tag: 200,
  timeZone: 100,
  app: 200,
  tagsPerNote: 100,
  /** Start, pause, adjust… of one speaking turn's timer. */
  timerEventsPerTurn: 10_000,
  organisers: 200,
  objectives: 200,
  questions: 1_000,
  mesas: 200,
  /** Rapporteurs named on one mesa. */
  rapporteursPerMesa: 100,
  participants: 20_000,
  notes: 500_000,
  turns: 200_000,
  syntheses: 1_000,
  /** Texts set aside by merges, waiting for review. */
  mergeConflicts: 100_000,
  /** Photos of one event, and one photo's base64 text (about 3.75 MB of image; the app stores them at most 1600 px wide). */
  photos: 200,
  photoBase64: 5_000_000,
  /** Largest side of a photo in pixels, as its header states it. */
  photoSide: 20_000,
  /** People on an attendance list, and rows of hand counts (one per sector). */
  attendees: 100_000,
  attendanceCounts: 1_000,
  /** People counted in one cell of the attendance counts. */
  headcount: 10_000_000,
  /** Orders, seconds and milliseconds: integers no larger than this. */
  maxInteger: Number.MAX_SAFE_INTEGER,
} as const;

/** Top-level collections and their maximum lengths; checked before anything else is parsed. */
export const COLLECTION_LIMITS = {
  mesas: LIMITS.mesas,
  questions: LIMITS.questions,
  participants: LIMITS.participants,
  notes: LIMITS.notes,
  turns: LIMITS.turns,
  syntheses: LIMITS.syntheses,
  photos: LIMITS.photos,
  mergeConflicts: LIMITS.mergeConflicts,
} as const;

export type CollectionName = keyof typeof COLLECTION_LIMITS;
export const COLLECTIONS = Object.keys(COLLECTION_LIMITS) as CollectionName[];
