import type * as Y from 'yjs';
import type { EventBundle, Id, RelatorEvent, Synthesis } from '../model/types';
import { sameValue } from './same';
import { applyTextDiff } from './text-diff';
import { mergeTexts } from './text-merge';

/**
 * The Y document of one event: everything a person joining needs to have the event.
 *
 * - `event`: a Y.Map of the event record's fields, one key per field (two people changing different
 *   fields both keep their change), except its long texts, which are shared texts.
 * - `mesas`, `questions`, `participants`, `notes`, `turns`, `photos`, `syntheses`: one Y.Map per
 *   table keyed by record id, each value the whole record as plain JSON (photos' bytes as a byte
 *   array). Records are written by one person at a time (a note by its rapporteur, a turn by its
 *   moderator), so the last writer of a record wins, as Yjs decides for a map key; a soft delete is
 *   just a newer version of the record. A synthesis record there has no text (it is ''):
 * - the texts people write together are top-level Y.Text (top-level so two copies that create the
 *   same one offline merge instead of one replacing the other): `event.<field>` for the event's
 *   conclusions, agreements and the relatoría's texts, `synthesis:<questionId>:<mesaId|plenary>` for
 *   each question's synthesis per mesa.
 */

export const RECORD_TABLES = ['mesas', 'questions', 'participants', 'notes', 'turns', 'syntheses', 'photos'] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];
export type SyncTable = 'events' | RecordTable;
export type SyncRecord = EventBundle['event'] | EventBundle[RecordTable][number];

/** The event's fields kept as shared text. */
const EVENT_TEXT_FIELDS = [
  'conclusions',
  'agreements',
  'executiveSummary',
  'introduction',
  'methodology',
  'consensus',
  'recommendations',
  'nextSteps',
] as const satisfies readonly (keyof RelatorEvent)[];
type EventTextField = (typeof EVENT_TEXT_FIELDS)[number];

const eventTextName = (field: EventTextField) => `event.${field}`;
const synthesisKey = (s: Pick<Synthesis, 'questionId' | 'mesaId'>) => `${s.questionId}:${s.mesaId ?? 'plenary'}`;
const synthesisTextName = (s: Pick<Synthesis, 'questionId' | 'mesaId'>) => `synthesis:${synthesisKey(s)}`;

const eventMap = (doc: Y.Doc) => doc.getMap<unknown>('event');
const recordMap = <T>(doc: Y.Doc, table: RecordTable) => doc.getMap<T>(table);

/** The event's id as the document holds it; null while the document has not received the event yet. */
function docEventId(doc: Y.Doc): Id | null {
  const id = eventMap(doc).get('id');
  return typeof id === 'string' ? id : null;
}

/** Writes `bundle` into the document (in one transaction): what the host does when an event enters sync. */
export function seedDoc(doc: Y.Doc, bundle: EventBundle, origin: unknown = null): void {
  doc.transact(() => {
    putRecord(doc, 'events', bundle.event);
    for (const table of RECORD_TABLES) for (const record of bundle[table]) putRecord(doc, table, record);
  }, origin);
}

/**
 * Brings one record of the document to `record` (call inside a transaction, or it makes its own):
 * only what differs is written, so an unchanged record adds nothing to the document's history.
 * Returns whether anything changed. With `base` (the version this copy's store and the document last
 * agreed on), a shared text takes only the edit made from `base` to `record`, replayed on what the
 * document holds now: words others typed meanwhile stay.
 */
export function putRecord(doc: Y.Doc, table: SyncTable, record: SyncRecord, base?: SyncRecord): boolean {
  let changed = false;
  doc.transact(() => {
    if (table === 'events') {
      changed = putEvent(doc, record as RelatorEvent, base as RelatorEvent | undefined);
      return;
    }
    const map = recordMap<SyncRecord>(doc, table);
    let stored: SyncRecord = record;
    if (table === 'syntheses') {
      const synthesis = record as Synthesis;
      const ytext = doc.getText(synthesisTextName(synthesis));
      changed = applyTextDiff(ytext, rebased(ytext, synthesis.text, (base as Synthesis | undefined)?.text));
      stored = { ...synthesis, text: '' };
    }
    if (!sameValue(map.get(record.id), stored)) {
      map.set(record.id, stored);
      changed = true;
    }
  });
  return changed;
}

/** `text` as an edit of `base` replayed on the shared text's current content; `text` itself without a base. */
function rebased(ytext: Y.Text, text: string, base: string | undefined): string {
  return base === undefined ? text : mergeTexts(base, text, ytext.toString());
}

function putEvent(doc: Y.Doc, event: RelatorEvent, base: RelatorEvent | undefined): boolean {
  const map = eventMap(doc);
  let changed = false;
  for (const [key, value] of Object.entries(event)) {
    if ((EVENT_TEXT_FIELDS as readonly string[]).includes(key)) {
      const ytext = doc.getText(eventTextName(key as EventTextField));
      changed = applyTextDiff(ytext, rebased(ytext, value as string, base?.[key as EventTextField])) || changed;
    } else if (!sameValue(map.get(key), value)) {
      map.set(key, value);
      changed = true;
    }
  }
  return changed;
}

/** Removes a record deleted for good (a bin emptied); the event itself never leaves this way. */
export function removeRecord(doc: Y.Doc, table: RecordTable, id: Id): boolean {
  const map = recordMap(doc, table);
  if (!map.has(id)) return false;
  map.delete(id);
  return true;
}

/** The event record as the document holds it; null until the document has it. */
export function readEvent(doc: Y.Doc): RelatorEvent | null {
  if (docEventId(doc) === null) return null;
  const event = eventMap(doc).toJSON() as Record<string, unknown>;
  for (const field of EVENT_TEXT_FIELDS) event[field] = doc.getText(eventTextName(field)).toString();
  return event as unknown as RelatorEvent;
}

/**
 * One record as the document holds it (a synthesis with its shared text); undefined when the
 * document has no such record. Two syntheses made offline for the same question and mesa share one
 * text; the one with the smaller id is the live one and the other reads as deleted, the same on
 * every copy, so there is still one synthesis per question and mesa.
 */
export function readRecord(doc: Y.Doc, table: RecordTable, id: Id): SyncRecord | undefined {
  const record = recordMap<SyncRecord>(doc, table).get(id);
  if (record === undefined || table !== 'syntheses') return record;
  const synthesis = record as Synthesis;
  const text = doc.getText(synthesisTextName(synthesis)).toString();
  if (synthesis.deletedAt === null && shadowedBy(doc, synthesis) !== null) {
    return { ...synthesis, text, deletedAt: synthesis.updatedAt };
  }
  return { ...synthesis, text };
}

function shadowedBy(doc: Y.Doc, synthesis: Synthesis): Id | null {
  const key = synthesisKey(synthesis);
  for (const [id, other] of recordMap<Synthesis>(doc, 'syntheses').entries()) {
    if (id < synthesis.id && other.deletedAt === null && synthesisKey(other) === key) return id;
  }
  return null;
}

/** The whole event as the document holds it, ordered like the store's bundles; null until it has the event. */
export function materialise(doc: Y.Doc): EventBundle | null {
  const event = readEvent(doc);
  if (!event) return null;
  const list = <T>(table: RecordTable) => [...recordMap(doc, table).keys()].map((id) => readRecord(doc, table, id) as T);
  const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) => a.order - b.order || cmp(a, b);
  const byCreated = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : cmp(a, b);
  return {
    event,
    mesas: list<EventBundle['mesas'][number]>('mesas').sort(byOrder),
    questions: list<EventBundle['questions'][number]>('questions').sort(byOrder),
    participants: list<EventBundle['participants'][number]>('participants').sort(byCreated),
    notes: list<EventBundle['notes'][number]>('notes').sort(byCreated),
    turns: list<EventBundle['turns'][number]>('turns').sort(byOrder),
    syntheses: list<EventBundle['syntheses'][number]>('syntheses').sort(byCreated),
    photos: list<EventBundle['photos'][number]>('photos').sort(byOrder),
  };
}

const cmp = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What a transaction on the document touched, in the store's terms: the records to write again. */
export interface DocChanges {
  event: boolean;
  records: Map<RecordTable, Set<Id>>;
}

/**
 * The records a Yjs transaction changed (`transaction.changed` names each changed type and, for
 * maps, the keys): a change of a synthesis's shared text marks every synthesis record of that
 * question and mesa.
 */
export function changesOf(doc: Y.Doc, transaction: Y.Transaction): DocChanges {
  const out: DocChanges = { event: false, records: new Map() };
  const mark = (table: RecordTable, id: Id) => {
    const set = out.records.get(table) ?? new Set<Id>();
    set.add(id);
    out.records.set(table, set);
  };
  const names = new Map<unknown, string>();
  for (const [name, type] of doc.share) names.set(type, name);
  const texts = new Set<string>();
  for (const [type, keys] of transaction.changed) {
    const name = names.get(type);
    if (name === undefined) continue;
    if (name === 'event' || name.startsWith('event.')) out.event = true;
    else if (name.startsWith('synthesis:')) texts.add(name.slice('synthesis:'.length));
    else if ((RECORD_TABLES as readonly string[]).includes(name)) {
      for (const key of keys) if (key !== null) mark(name as RecordTable, key);
    }
  }
  if (texts.size > 0) {
    for (const [id, s] of recordMap<Synthesis>(doc, 'syntheses').entries()) if (texts.has(synthesisKey(s))) mark('syntheses', id);
  }
  // A synthesis record's arrival or change can change which twin reads as live: recheck its twins.
  const syntheses = out.records.get('syntheses');
  if (syntheses && syntheses.size > 0) {
    const keys = new Set(
      [...syntheses]
        .map((id) => recordMap<Synthesis>(doc, 'syntheses').get(id))
        .filter(Boolean)
        .map((s) => synthesisKey(s!)),
    );
    for (const [id, s] of recordMap<Synthesis>(doc, 'syntheses').entries()) if (keys.has(synthesisKey(s))) mark('syntheses', id);
  }
  return out;
}
