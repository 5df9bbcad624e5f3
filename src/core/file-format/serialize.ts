import { GENDERS, type EventBundle } from '../model';
import { EVENT_FILE_FORMAT, EVENT_FILE_VERSION } from './limits';
import { bytesToBase64 } from '../photos/base64';
import {
  ActionItemSchema,
  AttendanceCountSchema,
  AttendeeSchema,
  EventSchema,
  MesaSchema,
  NoteSchema,
  ParticipantSchema,
  PhotoSchema,
  QuestionSchema,
  SessionClockSchema,
  SynthesisSchema,
  TurnSchema,
  type PendingConflict,
} from './schema';

export interface SerializeMeta {
  /** e.g. `0.1.0`; written as `relator 0.1.0`. */
  appVersion: string;
  exportedAt: string;
}

type Plain = Record<string, unknown>;

const GENDER_KEYS: readonly string[] = GENDERS;

/** Every key a timer event may have, in writing order (each event type uses a subset). */
const TIMER_EVENT_KEYS = ['type', 'at', 'plannedMs', 'deltaMs'];

const keysOf = (schema: { shape: object }): string[] => Object.keys(schema.shape);
const KEYS = {
  event: keysOf(EventSchema),
  session: keysOf(SessionClockSchema),
  attendee: keysOf(AttendeeSchema),
  attendanceCount: keysOf(AttendanceCountSchema),
  mesa: keysOf(MesaSchema),
  question: keysOf(QuestionSchema),
  participant: keysOf(ParticipantSchema),
  note: keysOf(NoteSchema),
  action: keysOf(ActionItemSchema),
  turn: keysOf(TurnSchema),
  synthesis: keysOf(SynthesisSchema),
  photo: keysOf(PhotoSchema),
};

/** Stands for the attendance in the indented head until its own text replaces it. */
const ATTENDANCE_SLOT = '\u0000attendance\u0000';

/** The event's attendance at the head's indentation, each person and each row of counts on one line. */
function attendanceText(bundle: EventBundle): string {
  const { list, counts } = bundle.event.attendance;
  const lines = (records: Plain[]) =>
    records.length === 0 ? '[]' : `[\n        ${records.map((r) => JSON.stringify(r)).join(',\n        ')}\n      ]`;
  const people = lines(list.map((a) => ordered(a, KEYS.attendee)));
  const rows = lines(counts.map((c) => ({ ...ordered(c, KEYS.attendanceCount), byGender: ordered(c.byGender, GENDER_KEYS) })));
  return `{\n      "list": ${people},\n      "counts": ${rows}\n    }`;
}

/** A copy with the schema's keys in the schema's order, so equal bundles give byte-equal files. */
function ordered(record: object, keys: readonly string[]): Plain {
  const out: Plain = {};
  for (const key of keys) out[key] = (record as Plain)[key];
  return out;
}

const CONFLICT_KEYS = ['kind', 'id', 'field', 'kept', 'lost'];
const SIDE_KEYS = ['id', 'value', 'updatedAt', 'deleted'];

/** A text set aside by a merge, with its keys in the schema's order. */
function pendingConflict({ mergedAt, conflict }: PendingConflict): Plain {
  return {
    mergedAt,
    conflict: { ...ordered(conflict, CONFLICT_KEYS), kept: ordered(conflict.kept, SIDE_KEYS), lost: ordered(conflict.lost, SIDE_KEYS) },
  };
}

/**
 * Writes a bundle as an event file. The envelope and the event are indented; every question,
 * participant, note, turn and synthesis takes exactly one line, which keeps a 10,000-note file
 * compact and makes a text diff show one line per changed record. The texts earlier merges set
 * aside for review (`mergeConflicts`) come last, and only when there are some: a file without them
 * is exactly what earlier versions wrote and read.
 */
export function serializeEventFile(bundle: EventBundle, meta: SerializeMeta, mergeConflicts: readonly PendingConflict[] = []): string {
  const event = ordered(bundle.event, KEYS.event);
  event.session = ordered(bundle.event.session, KEYS.session);
  // Written apart (below): like the collections, one line per person, not seven.
  event.attendance = ATTENDANCE_SLOT;
  const head = {
    format: EVENT_FILE_FORMAT,
    version: EVENT_FILE_VERSION,
    exportedAt: meta.exportedAt,
    app: `relator ${meta.appVersion}`,
    event,
  };
  const collections: Array<[string, Plain[]]> = [
    ['mesas', bundle.mesas.map((m) => ordered(m, KEYS.mesa))],
    ['questions', bundle.questions.map((q) => ordered(q, KEYS.question))],
    ['participants', bundle.participants.map((p) => ordered(p, KEYS.participant))],
    [
      'notes',
      bundle.notes.map((n) => {
        const note = ordered(n, KEYS.note);
        if (n.action) note.action = ordered(n.action, KEYS.action);
        return note;
      }),
    ],
    [
      'turns',
      bundle.turns.map((t) => {
        const turn = ordered(t, KEYS.turn);
        turn.timerLog = t.timerLog.map((e) =>
          ordered(
            e,
            TIMER_EVENT_KEYS.filter((k) => k in e),
          ),
        );
        return turn;
      }),
    ],
    ['syntheses', bundle.syntheses.map((s) => ordered(s, KEYS.synthesis))],
    ['photos', bundle.photos.map((p) => ({ ...ordered(p, KEYS.photo), data: bytesToBase64(p.data) }))],
  ];
  if (mergeConflicts.length > 0) collections.push(['mergeConflicts', mergeConflicts.map(pendingConflict)]);
  const headText = JSON.stringify(head, null, 2).replace(JSON.stringify(ATTENDANCE_SLOT), () => attendanceText(bundle));
  const parts = [headText.slice(0, headText.lastIndexOf('\n}'))];
  for (const [name, records] of collections) {
    const body = records.length === 0 ? '[]' : `[\n    ${records.map((r) => JSON.stringify(r)).join(',\n    ')}\n  ]`;
    parts.push(`,\n  ${JSON.stringify(name)}: ${body}`);
  }
  return `${parts.join('')}\n}\n`;
}
