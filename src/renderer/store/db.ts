import Dexie, { type Table } from 'dexie';
import { systemContext, type RecordContext } from '../../core/model/factories';
import type { GuidingQuestion, Mesa, Note, Participant, Photo, RelatorEvent, Synthesis, Turn } from '../../core/model/types';
import { declareSchema } from './schema';
import type { Draft, PendingMergeConflict, SettingRecord } from './types';

export const DEFAULT_DB_NAME = 'relator';

export class RelatorDb extends Dexie {
  events!: Table<RelatorEvent, string>;
  mesas!: Table<Mesa, string>;
  questions!: Table<GuidingQuestion, string>;
  participants!: Table<Participant, string>;
  notes!: Table<Note, string>;
  turns!: Table<Turn, string>;
  syntheses!: Table<Synthesis, string>;
  photos!: Table<Photo, string>;
  drafts!: Table<Draft, string>;
  settings!: Table<SettingRecord, string>;
  mergeConflicts!: Table<PendingMergeConflict, string>;

  /** Source of ids and times for every record the store writes; tests inject a fixed clock. */
  readonly ctx: RecordContext;

  constructor(name: string, ctx: RecordContext) {
    super(name);
    this.ctx = ctx;
    declareSchema(this);
  }

  /** The tables that hold an event's records (what an event file contains). */
  get eventTables() {
    return [this.events, this.mesas, this.questions, this.participants, this.notes, this.turns, this.syntheses, this.photos] as const;
  }

  get allTables() {
    return [...this.eventTables, this.drafts, this.settings, this.mergeConflicts] as const;
  }
}

/** Opens (creating or upgrading as needed) the database; the name is injectable so tests isolate. */
export async function openRelatorDb(name = DEFAULT_DB_NAME, ctx: RecordContext = systemContext): Promise<RelatorDb> {
  const db = new RelatorDb(name, ctx);
  await db.open();
  return db;
}
