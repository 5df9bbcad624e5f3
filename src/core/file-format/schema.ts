// Namespace import, not `{ z }`: esbuild then bundles only the zod parts used instead of every locale.
import * as z from 'zod';
import { GENDERS, LANGUAGES, NOTE_KINDS, PARTICIPANT_ROLES, PHOTO_KINDS, UUID_PATTERN } from '../model';
import type { EventBundle } from '../model';
import { EVENT_FILE_FORMAT, EVENT_FILE_VERSION, LIMITS } from './limits';
import { BASE64_PATTERN, base64ToBytes } from '../photos/base64';
import { PHOTO_MEDIA_TYPES } from '../photos/image-bytes';

/**
 * Zod schemas for the event file, v2 (and v1, read and converted by migrate.ts). They mirror src/core/model/types.ts field by field; objects
 * are strict so a misspelt or foreign key is reported instead of silently dropped. The key order
 * of each shape is the order `serializeEventFile` writes.
 */

/** `YYYY-MM-DD` or `''`; the calendar check (no 30 February) is a refinement below. */
export const DATE_PATTERN = /^(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))?$/;
/** `HH:MM` (24 h) or `''`. */
export const CLOCK_PATTERN = /^(?:(?:[01]\d|2[0-3]):[0-5]\d)?$/;

const id = z.string().regex(UUID_PATTERN);
const instant = z.iso.datetime();
const text = (max: number) => z.string().max(max);
const count = z.number().int().min(0).max(LIMITS.maxInteger);
const isoDate = z
  .string()
  .regex(DATE_PATTERN)
  .refine((s) => s === '' || !DATE_PATTERN.test(s) || isCalendarDate(s), {
    error: 'not a calendar date',
    params: { format: 'date' },
  });

function isCalendarDate(s: string): boolean {
  const ms = Date.parse(`${s}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().startsWith(s);
}

const stamped = {
  id,
  createdAt: instant,
  updatedAt: instant,
  deletedAt: instant.nullable(),
};

export const SessionClockSchema = z.strictObject({
  startedAt: instant.nullable(),
  runningSince: instant.nullable(),
  accumulatedMs: count,
});

export const AttendeeSchema = z.strictObject({
  name: text(LIMITS.shortText),
  affiliation: text(LIMITS.shortText),
  position: text(LIMITS.shortText),
  sector: text(LIMITS.shortText),
  gender: z.enum(GENDERS),
});

const headcount = z.number().int().min(0).max(LIMITS.headcount);
export const AttendanceCountSchema = z.strictObject({
  sector: text(LIMITS.shortText),
  byGender: z.strictObject({ woman: headcount, man: headcount, 'non-binary': headcount, unspecified: headcount }),
});

const AttendanceSchema = z.strictObject({
  list: z.array(AttendeeSchema).max(LIMITS.attendees),
  counts: z.array(AttendanceCountSchema).max(LIMITS.attendanceCounts),
});

export const EventSchema = z.strictObject({
  ...stamped,
  title: text(LIMITS.title),
  subtitle: text(LIMITS.title),
  organisers: z.array(text(LIMITS.shortText)).max(LIMITS.organisers),
  place: text(LIMITS.shortText),
  date: isoDate,
  startTime: z.string().regex(CLOCK_PATTERN),
  timeZone: z.string().min(1).max(LIMITS.timeZone),
  objectives: z.array(text(LIMITS.objective)).max(LIMITS.objectives),
  language: z.enum(LANGUAGES),
  rapporteur: text(LIMITS.shortText),
  conclusions: text(LIMITS.longText),
  agreements: text(LIMITS.longText),
  // The relatoría's texts, added after v1 shipped: files without them read ''.
  executiveSummary: text(LIMITS.longText).default(''),
  introduction: text(LIMITS.longText).default(''),
  methodology: text(LIMITS.longText).default(''),
  consensus: text(LIMITS.longText).default(''),
  recommendations: text(LIMITS.longText).default(''),
  nextSteps: text(LIMITS.longText).default(''),
  preparedBy: text(LIMITS.longText).default(''),
  reviewedBy: text(LIMITS.longText).default(''),
  // Added after v1 shipped: files without it read no attendance.
  attendance: AttendanceSchema.default(() => ({ list: [], counts: [] })),
  session: SessionClockSchema,
});

export const MesaSchema = z.strictObject({
  ...stamped,
  eventId: id,
  order: count,
  name: text(LIMITS.shortText),
  room: text(LIMITS.shortText),
  moderator: text(LIMITS.shortText),
  rapporteurs: z.array(text(LIMITS.shortText)).max(LIMITS.rapporteursPerMesa),
});

const QuestionV1Schema = z.strictObject({
  ...stamped,
  eventId: id,
  order: count,
  text: text(LIMITS.questionText),
  block: text(LIMITS.shortText),
});

export const QuestionSchema = z.strictObject({
  ...QuestionV1Schema.shape,
  mesaIds: z.array(id).max(LIMITS.mesas),
});

export const ParticipantSchema = z.strictObject({
  ...stamped,
  eventId: id,
  name: text(LIMITS.shortText),
  // Added after v1 shipped: files without them are read with ''.
  position: text(LIMITS.shortText).default(''),
  affiliation: text(LIMITS.shortText),
  role: z.enum(PARTICIPANT_ROLES),
  gender: z.enum(GENDERS),
  sector: text(LIMITS.shortText).default(''),
});

export const ActionItemSchema = z.strictObject({
  who: text(LIMITS.shortText),
  when: text(LIMITS.shortText),
});

const NoteV1Schema = z.strictObject({
  ...stamped,
  eventId: id,
  questionId: id.nullable(),
  text: text(LIMITS.noteText),
  elapsedMs: count.nullable(),
  speakerId: id.nullable(),
  kind: z.enum(NOTE_KINDS),
  tags: z.array(text(LIMITS.tag)).max(LIMITS.tagsPerNote),
  starred: z.boolean(),
  editedAt: instant.nullable(),
  action: ActionItemSchema.nullable(),
});

export const NoteSchema = z.strictObject({
  ...NoteV1Schema.shape,
  mesaId: id.nullable(),
  authorId: id.nullable(),
  authorName: text(LIMITS.shortText),
});

const timerAt = z.number().int().min(-LIMITS.maxInteger).max(LIMITS.maxInteger);
/** Mirrors TimerEvent (src/core/timer/events.ts), strict like every record of the file. */
const TimerEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start'), at: timerAt, plannedMs: count.nullable() }),
  z.strictObject({ type: z.literal('pause'), at: timerAt }),
  z.strictObject({ type: z.literal('resume'), at: timerAt }),
  z.strictObject({ type: z.literal('adjust'), at: timerAt, deltaMs: timerAt }),
  z.strictObject({ type: z.literal('finish'), at: timerAt }),
  z.strictObject({ type: z.literal('reset'), at: timerAt }),
]);

const TurnV1Schema = z.strictObject({
  ...stamped,
  eventId: id,
  questionId: id.nullable(),
  speakerId: id.nullable(),
  order: count,
  plannedSeconds: count.nullable(),
  plannedStartAt: instant.nullable(),
  actualStartAt: instant.nullable(),
  actualEndAt: instant.nullable(),
  // Added while v1 was in development: files from before it are read with an empty log.
  timerLog: z.array(TimerEventSchema).max(LIMITS.timerEventsPerTurn).default([]),
});

export const TurnSchema = z.strictObject({
  ...TurnV1Schema.shape,
  mesaId: id.nullable(),
});

const SynthesisV1Schema = z.strictObject({
  ...stamped,
  eventId: id,
  questionId: id,
  text: text(LIMITS.synthesisText),
});

const side = z.number().int().min(1).max(LIMITS.photoSide);
export const PhotoSchema = z.strictObject({
  ...stamped,
  eventId: id,
  // Logos were added after photos: a file without the field holds photos.
  kind: z.enum(PHOTO_KINDS).default('photo'),
  order: count,
  caption: text(LIMITS.shortText),
  mediaType: z.enum(PHOTO_MEDIA_TYPES),
  width: side,
  height: side,
  // Base64 in the file, bytes in the app; that the bytes are the image they claim is a cross-check.
  data: z
    .string()
    .max(LIMITS.photoBase64)
    .regex(BASE64_PATTERN)
    .transform((b64) => base64ToBytes(b64)),
});

// Added after v1 shipped: files without photos read none.
const photos = z
  .array(PhotoSchema)
  .max(LIMITS.photos)
  .default(() => []);

export const SynthesisSchema = z.strictObject({
  ...SynthesisV1Schema.shape,
  mesaId: id.nullable(),
});

const conflictSide = z.strictObject({
  id,
  value: text(LIMITS.longText),
  updatedAt: instant,
  deleted: z.boolean(),
});

/**
 * A text a merge ("Combinar con…") set aside, still waiting for the user's review
 * (src/core/merge/conflicts.ts): carried by backups and exported files so it is not lost when the
 * event moves to another computer. Added after version 2 shipped: a file without the list has none.
 */
export const PendingConflictSchema = z.strictObject({
  mergedAt: instant,
  conflict: z.strictObject({
    kind: z.enum(['event', 'mesas', 'questions', 'participants', 'notes', 'turns', 'syntheses', 'photos']),
    id,
    field: text(LIMITS.shortText),
    kept: conflictSide,
    lost: conflictSide,
  }),
});

const envelope = {
  format: z.literal(EVENT_FILE_FORMAT),
  exportedAt: instant,
  app: text(LIMITS.app),
};

export const EventFileSchema = z.strictObject({
  ...envelope,
  version: z.literal(EVENT_FILE_VERSION),
  event: EventSchema,
  mesas: z.array(MesaSchema).max(LIMITS.mesas),
  questions: z.array(QuestionSchema).max(LIMITS.questions),
  participants: z.array(ParticipantSchema).max(LIMITS.participants),
  notes: z.array(NoteSchema).max(LIMITS.notes),
  turns: z.array(TurnSchema).max(LIMITS.turns),
  syntheses: z.array(SynthesisSchema).max(LIMITS.syntheses),
  photos,
  mergeConflicts: z
    .array(PendingConflictSchema)
    .max(LIMITS.mergeConflicts)
    .default(() => []),
});

/** Version 1, before mesas and note authors: read as it was, then converted by migrate.ts. */
export const EventFileV1Schema = z.strictObject({
  ...envelope,
  version: z.literal(1),
  event: EventSchema,
  questions: z.array(QuestionV1Schema).max(LIMITS.questions),
  participants: z.array(ParticipantSchema).max(LIMITS.participants),
  notes: z.array(NoteV1Schema).max(LIMITS.notes),
  turns: z.array(TurnV1Schema).max(LIMITS.turns),
  syntheses: z.array(SynthesisV1Schema).max(LIMITS.syntheses),
  photos,
});

export type EventFileV1 = z.output<typeof EventFileV1Schema>;

export type EventFile = z.output<typeof EventFileSchema>;

/** A text set aside by a merge and still waiting for review, as an event file carries it. */
export type PendingConflict = z.output<typeof PendingConflictSchema>;

// Compile-time guard: what the schema accepts is exactly an EventBundle (both directions), so the
// schema cannot drift from src/core/model/types.ts without tsc failing here.
type ParsedBundle = Omit<EventFile, 'format' | 'version' | 'exportedAt' | 'app' | 'mergeConflicts'>;
const _parsedIsBundle = (b: ParsedBundle): EventBundle => b;
const _bundleIsParsed = (b: EventBundle): ParsedBundle => b;
