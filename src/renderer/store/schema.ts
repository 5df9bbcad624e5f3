import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { promoteMesaBlocks } from '../../core/file-format/migrate';
import type { GuidingQuestion, RelatorEvent } from '../../core/model/types';

/**
 * Every schema version the app has shipped, oldest first. A version's store list is frozen once
 * released: change the schema by appending a version, never by editing an old one, or databases
 * already on users' disks stop opening.
 */

type StoreSpec = Record<string, string | null>;

export interface SchemaVersion {
  version: number;
  stores: StoreSpec;
  upgrade?: (tx: Transaction) => Promise<void>;
}

const SCHEMA_V1: SchemaVersion = {
  version: 1,
  stores: {
    events: 'id',
    questions: 'id, eventId',
    participants: 'id, eventId',
    notes: 'id, eventId, questionId',
    turns: 'id, eventId',
    syntheses: 'id, eventId',
    settings: 'key',
  },
};

/**
 * v2: compound indexes for per-event and per-question reads (a 10,000-note event must open fast),
 * `[eventId+deletedAt]` so counts of live notes never read the notes themselves (null keys are
 * left out of an index, so it holds only the deleted ones), and the composer's `drafts`.
 */
const SCHEMA_V2: SchemaVersion = {
  version: 2,
  stores: {
    events: 'id, updatedAt',
    questions: 'id, eventId, [eventId+order]',
    participants: 'id, eventId',
    notes: 'id, eventId, [eventId+questionId], [eventId+deletedAt]',
    turns: 'id, eventId, [eventId+order]',
    syntheses: 'id, eventId, [eventId+questionId]',
    drafts: 'id, eventId',
    settings: 'key',
  },
  upgrade: backfillV2,
};

/** v3: participants gain `position` (cargo, apart from the institution) and `sector`; same stores and indexes. */
const SCHEMA_V3: SchemaVersion = {
  version: 3,
  stores: SCHEMA_V2.stores,
  upgrade: (tx) => backfill(tx, V3_DEFAULTS),
};

/** v4: events gain the relatoría's texts (summary, introduction, methodology…); same stores and indexes. */
const SCHEMA_V4: SchemaVersion = {
  version: 4,
  stores: SCHEMA_V2.stores,
  upgrade: (tx) => backfill(tx, V4_DEFAULTS),
};

/**
 * v5: `mergeConflicts`, the texts a "Combinar con…" kept aside for the user's review, kept with their
 * event until each is resolved or dismissed (leaving the library must not lose them).
 */
const SCHEMA_V5: SchemaVersion = {
  version: 5,
  stores: { ...SCHEMA_V2.stores, mergeConflicts: 'id, eventId' },
};

/** v6: events gain the attendance (a list and hand counts); same stores and indexes as v5. */
const SCHEMA_V6: SchemaVersion = {
  version: 6,
  stores: SCHEMA_V5.stores,
  upgrade: (tx) => backfill(tx, V6_DEFAULTS),
};

/**
 * v7: the event's photos, for the report's photo annex: image bytes (already resized) with caption
 * and size, one record each. A new table; nothing stored before changes.
 */
const SCHEMA_V7: SchemaVersion = {
  version: 7,
  stores: { ...SCHEMA_V6.stores, photos: 'id, eventId' },
};

/**
 * v8 (event file version 2): the `mesas` table; questions gain `mesaIds`, notes `mesaId` and their
 * author, turns and syntheses `mesaId`; blocks named like a mesa become mesas, exactly as reading a
 * v1 file does (core/file-format/migrate.ts), so a stored event and its old file still merge.
 */
const SCHEMA_V8: SchemaVersion = {
  version: 8,
  stores: { ...SCHEMA_V7.stores, mesas: 'id, eventId, [eventId+order]' },
  upgrade: upgradeV8,
};

/** v9: an image is a photo for the annex or an organiser's logo for the cover (`kind`); images stored before are photos. */
const SCHEMA_V9: SchemaVersion = {
  version: 9,
  stores: SCHEMA_V8.stores,
  upgrade: (tx) => backfill(tx, { photos: { kind: 'photo' } }),
};

const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_V8,
  SCHEMA_V9,
];
export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

/** Declares versions 1..`upTo` on `db`; tests pass an older `upTo` to build a database as an old release did. */
export function declareSchema(db: Dexie, upTo = CURRENT_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}

/**
 * Defaults for fields that v1 builds did not always write (records from early files were stored
 * as read). Frozen here rather than taken from the factories so this upgrade never changes meaning.
 */
const V2_DEFAULTS: Record<string, Record<string, unknown>> = {
  events: {
    subtitle: '',
    organisers: [],
    place: '',
    date: '',
    startTime: '',
    timeZone: 'UTC',
    objectives: [],
    language: 'es',
    rapporteur: '',
    conclusions: '',
    agreements: '',
    session: { startedAt: null, runningSince: null, accumulatedMs: 0 },
    deletedAt: null,
  },
  questions: { block: '', deletedAt: null },
  participants: { affiliation: '', role: 'panellist', gender: 'unspecified', deletedAt: null },
  notes: {
    questionId: null,
    elapsedMs: null,
    speakerId: null,
    kind: 'idea',
    tags: [],
    starred: false,
    editedAt: null,
    action: null,
    deletedAt: null,
  },
  turns: {
    questionId: null,
    speakerId: null,
    order: 0,
    plannedSeconds: null,
    plannedStartAt: null,
    actualStartAt: null,
    actualEndAt: null,
    timerLog: [],
    deletedAt: null,
  },
  syntheses: { deletedAt: null },
};

/** Frozen like V2_DEFAULTS: what a participant stored before v3 means for the new fields. */
const V3_DEFAULTS: Record<string, Record<string, unknown>> = {
  participants: { position: '', sector: '' },
};

const V4_DEFAULTS: Record<string, Record<string, unknown>> = {
  events: {
    executiveSummary: '',
    introduction: '',
    methodology: '',
    consensus: '',
    recommendations: '',
    nextSteps: '',
    preparedBy: '',
    reviewedBy: '',
  },
};

const V6_DEFAULTS: Record<string, Record<string, unknown>> = {
  events: { attendance: { list: [], counts: [] } },
};

const V8_DEFAULTS: Record<string, Record<string, unknown>> = {
  questions: { mesaIds: [] },
  notes: { mesaId: null, authorId: null, authorName: '' },
  turns: { mesaId: null },
  syntheses: { mesaId: null },
};

async function upgradeV8(tx: Transaction): Promise<void> {
  const events = (await tx.table('events').toArray()) as RelatorEvent[];
  for (const event of events) {
    const questions = (await tx.table('questions').where('eventId').equals(event.id).toArray()) as GuidingQuestion[];
    const { mesas, questions: promoted } = promoteMesaBlocks(event, questions);
    if (mesas.length === 0) continue;
    await tx.table('mesas').bulkAdd(mesas);
    await tx.table('questions').bulkPut(promoted);
  }
  await backfill(tx, V8_DEFAULTS);
}

function backfillV2(tx: Transaction): Promise<void> {
  return backfill(tx, V2_DEFAULTS);
}

async function backfill(tx: Transaction, tables: Record<string, Record<string, unknown>>): Promise<void> {
  for (const [table, defaults] of Object.entries(tables)) {
    await tx
      .table(table)
      .toCollection()
      .modify((record: Record<string, unknown>) => {
        for (const [field, value] of Object.entries(defaults)) {
          // structuredClone: each record gets its own array/object, not a shared one.
          if (record[field] === undefined) record[field] = structuredClone(value);
        }
      });
  }
}
