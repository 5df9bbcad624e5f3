import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Id } from '../../core/model/types';
import {
  changesOf,
  ClockOffsets,
  materialise,
  putRecord,
  readEvent,
  readRecord,
  reconcile,
  RECORD_TABLES,
  removeRecord,
  sameValue,
  type DocChanges,
  type LiveTurn,
  type RecordTable,
  type SharedTimer,
  type SyncRecord,
  type SyncTable,
  sharedTimerOf,
} from '../../core/sync';
import {
  applySyncWrites,
  emptyChanges,
  findBundle,
  mergeChanges,
  readSyncRecords,
  watchEventChanges,
  type EventChanges,
  type SyncWrite,
} from '../store';

/** What the status line shows. */
export interface SessionStatus {
  /** 'connecting' until the relay answers; 'offline' while it cannot be reached (work goes on, and syncs on return). */
  connection: 'connecting' | 'connected' | 'offline';
  /** Copies connected to this event right now, this one included (awareness). */
  people: number;
  /** True once this copy holds the event (a joiner waits for it to arrive). */
  hasEvent: boolean;
}

export interface SessionConfig {
  eventId: Id;
  serverUrl: string;
  code: string;
  /** The host seeds the document from its own copy at once; a joiner first waits for the others' state. */
  hosting: boolean;
  authorName: string;
  /** This page's clock (epoch ms), the one the timer logs are written on. */
  now: () => number;
}

/** Transactions the engine makes itself: never written back into the store they came from. */
const LOCAL = Symbol('relator-store');

const keyOf = (table: SyncTable, id: Id) => `${table}/${id}`;

/**
 * One event in live sync: its Y document, kept on this machine by y-indexeddb and exchanged through
 * the relay by y-websocket. The store (Dexie) stays the materialised view the app reads: writes made
 * through the store reach the document, and what others write lands in the store, one transaction
 * per batch. Both directions run one at a time on one queue, and `agreed` remembers, per record,
 * the version the store and the document last agreed on: a store write that is only the echo of
 * the engine's own is recognised by it, and a shared text's local edit is replayed from it.
 */
export class SyncSession {
  readonly doc = new Y.Doc();
  private persistence: IndexeddbPersistence | null = null;
  private provider: WebsocketProvider | null = null;
  private readonly agreed = new Map<string, SyncRecord | null>();
  private local: EventChanges = emptyChanges();
  private remote: DocChanges = { event: false, records: new Map() };
  private ready = false;
  private pumping: Promise<void> | null = null;
  private stopWatching: (() => void) | null = null;
  private stopped = false;
  private statusValue: SessionStatus = { connection: 'connecting', people: 1, hasEvent: false };
  private readonly listeners = new Set<(status: SessionStatus) => void>();
  private readonly timerListeners = new Set<(turns: LiveTurn[]) => void>();
  private readonly clocks = new ClockOffsets();

  constructor(
    readonly config: SessionConfig,
    private readonly onEventGone: () => void,
  ) {}

  async start(): Promise<void> {
    const { eventId, serverUrl, code } = this.config;
    this.persistence = new IndexeddbPersistence(`relator-sync-${eventId}`, this.doc);
    await this.persistence.whenSynced;
    if (this.stopped) return;
    const hadState = readEvent(this.doc) !== null;
    this.doc.on('afterTransaction', this.onDocTransaction);
    this.stopWatching = watchEventChanges(this.onStoreChanges);
    this.provider = new WebsocketProvider(serverUrl, eventId, this.doc, { params: { code }, maxBackoffTime: 2500 });
    this.provider.on('status', ({ status }: { status: string }) =>
      this.setStatus({ connection: status === 'connected' ? 'connected' : this.ready ? 'offline' : 'connecting' }),
    );
    this.provider.on('connection-close', () => this.setStatus({ connection: 'offline' }));
    // The browser knows at once when the network goes: no waiting for the socket to time out.
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('online', this.onOnline);
    this.provider.awareness.setLocalStateField('user', { name: this.config.authorName });
    this.provider.awareness.on('change', this.onAwareness);
    // A joiner's empty document must first receive the others' state: reconciling before would
    // insert this copy's texts a second time beside the same texts arriving from the host.
    if (hadState || this.config.hosting) await this.reconcileNow();
    else this.provider.once('sync', (synced: boolean) => void (synced && this.reconcileNow()));
  }

  private readonly onOffline = () => {
    this.provider?.disconnect();
    this.setStatus({ connection: 'offline' });
  };

  private readonly onOnline = () => this.provider?.connect();

  stop(): void {
    this.stopped = true;
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('online', this.onOnline);
    this.stopWatching?.();
    this.provider?.awareness.off('change', this.onAwareness);
    this.provider?.destroy();
    this.doc.off('afterTransaction', this.onDocTransaction);
    void this.persistence?.destroy();
    this.listeners.clear();
    this.timerListeners.clear();
  }

  /** Forgets this event's document kept on this machine (leaving sync for good). */
  async clearLocalCopy(): Promise<void> {
    await this.persistence?.clearData();
  }

  get status(): SessionStatus {
    return this.statusValue;
  }

  onStatus(listener: (status: SessionStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.statusValue);
    return () => this.listeners.delete(listener);
  }

  /** Shares (or, with null, stops sharing) the running turn of this copy's moderator. */
  shareTimer(timer: SharedTimer | null): void {
    this.provider?.awareness.setLocalStateField('timer', timer);
  }

  /** Follows the turns running in every copy of the event (this one's included), read on this copy's clock. */
  onTimers(listener: (turns: LiveTurn[]) => void): () => void {
    this.timerListeners.add(listener);
    listener(this.liveTurns());
    return () => this.timerListeners.delete(listener);
  }

  private liveTurns(): LiveTurn[] {
    const awareness = this.provider?.awareness;
    return awareness ? this.clocks.liveTurns(awareness.getStates(), awareness.clientID) : [];
  }

  private readonly onAwareness = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    const awareness = this.provider?.awareness;
    const receivedAt = this.config.now();
    for (const client of [...added, ...updated]) {
      const timer = sharedTimerOf(awareness?.getStates().get(client));
      if (timer) this.clocks.sample(client, timer, receivedAt);
    }
    removed.forEach((client) => this.clocks.forget(client));
    this.setStatus({ people: awareness?.getStates().size ?? 1 });
    const turns = this.liveTurns();
    this.timerListeners.forEach((l) => l(turns));
  };

  private setStatus(change: Partial<SessionStatus>): void {
    const next = { ...this.statusValue, ...change };
    if (sameValue(next, this.statusValue)) return;
    this.statusValue = next;
    this.listeners.forEach((l) => l(next));
  }

  /** Brings the store and the document together once (start, or a joiner's first sync). */
  private async reconcileNow(): Promise<void> {
    const eventId = this.config.eventId;
    const local = await findBundle(eventId);
    if (this.stopped) return;
    const writes = reconcile(this.doc, local, LOCAL);
    const localRecords = new Map<string, SyncRecord>();
    if (local) {
      localRecords.set(keyOf('events', eventId), local.event);
      for (const table of RECORD_TABLES) for (const r of local[table]) localRecords.set(keyOf(table, r.id), r);
    }
    const list: SyncWrite[] = [];
    if (writes.event) list.push({ table: 'events', id: eventId, record: writes.event, expected: local?.event ?? null });
    for (const { table, record } of writes.records)
      list.push({ table, id: record.id, record, expected: localRecords.get(keyOf(table, record.id)) ?? null });
    const skipped = await applySyncWrites(list);
    const bundle = materialise(this.doc);
    if (bundle) {
      this.agree('events', eventId, bundle.event, skipped);
      for (const table of RECORD_TABLES) for (const r of bundle[table]) this.agree(table, r.id, r, skipped);
    }
    this.ready = true;
    this.setStatus({ hasEvent: bundle !== null, connection: this.provider?.wsconnected ? 'connected' : this.statusValue.connection });
    this.pump();
  }

  private agree(table: SyncTable, id: Id, record: SyncRecord | null, skipped: Set<string>): void {
    if (!skipped.has(id)) this.agreed.set(keyOf(table, id), record);
  }

  private readonly onDocTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL) return;
    const changes = changesOf(this.doc, transaction);
    if (!changes.event && changes.records.size === 0) return;
    this.remote.event ||= changes.event;
    for (const [table, ids] of changes.records) {
      const set = this.remote.records.get(table) ?? new Set<Id>();
      ids.forEach((id) => set.add(id));
      this.remote.records.set(table, set);
    }
    this.pump();
  };

  private readonly onStoreChanges = (changes: EventChanges) => {
    mergeChanges(this.local, changes);
    this.pump();
  };

  /** Runs the queued work, local changes first (they carry what the user just typed), one batch at a time. */
  private pump(): void {
    if (!this.ready || this.pumping || this.stopped) return;
    this.pumping = (async () => {
      // Out of the caller's context first: Dexie announces writes from inside the committed
      // transaction's zone, where a new transaction would never start.
      await new Promise((resolve) => setTimeout(resolve, 0));
      try {
        while (!this.stopped) {
          if (this.local.all || this.local.records.size > 0) {
            const changes = this.local;
            this.local = emptyChanges();
            await this.pushLocal(changes);
          } else if (this.remote.event || this.remote.records.size > 0) {
            const changes = this.remote;
            this.remote = { event: false, records: new Map() };
            await this.flushRemote(changes);
          } else break;
        }
      } catch (error) {
        console.error('Live sync could not apply a change', error);
      } finally {
        this.pumping = null;
      }
    })();
  }

  /** Store → document: the records a committed write touched, unless they are the engine's own echo. */
  private async pushLocal(changes: EventChanges): Promise<void> {
    const eventId = this.config.eventId;
    const found: { table: SyncTable; id: Id; record: SyncRecord | undefined }[] = [];
    if (changes.all) {
      const bundle = await findBundle(eventId);
      if (!bundle) return this.eventGone();
      found.push({ table: 'events', id: eventId, record: bundle.event });
      for (const table of RECORD_TABLES) for (const r of bundle[table]) found.push({ table, id: r.id, record: r });
    } else {
      for (const [name, ids] of changes.records) {
        const table = name as SyncTable;
        const list = table === 'events' ? [...ids].filter((id) => id === eventId) : [...ids];
        if (list.length === 0) continue;
        const records = await readSyncRecords(table, list);
        list.forEach((id, i) => found.push({ table, id, record: records[i] }));
      }
    }
    if (found.some((f) => f.table === 'events' && f.record === undefined)) return this.eventGone();
    const recheck: { table: RecordTable; id: Id; record: SyncRecord }[] = [];
    this.doc.transact(() => {
      for (const { table, id, record } of found) {
        const key = keyOf(table, id);
        const agreed = this.agreed.get(key);
        if (record === undefined) {
          // Deleted for good here (a bin emptied): only a record the document had from this store leaves it.
          if (table !== 'events' && agreed) removeRecord(this.doc, table, id);
          this.agreed.set(key, null);
          continue;
        }
        if ('eventId' in record && record.eventId !== eventId) continue;
        if (sameValue(record, agreed)) continue;
        // A synthesis new here was typed over nothing: its words join the shared text, never replace it.
        const base = agreed ?? (table === 'syntheses' ? { ...record, text: '' } : undefined);
        putRecord(this.doc, table, record, base);
        this.agreed.set(key, record);
        if (table !== 'events') recheck.push({ table, id, record });
        else if (!sameValue(readEvent(this.doc), record)) this.remote.event = true;
      }
    }, LOCAL);
    // A text merged with words others typed meanwhile goes back to the store.
    for (const { table, id, record } of recheck) {
      if (sameValue(readRecord(this.doc, table, id), record)) continue;
      const set = this.remote.records.get(table) ?? new Set<Id>();
      set.add(id);
      this.remote.records.set(table, set);
    }
  }

  /** Document → store: what others wrote, in one transaction. */
  private async flushRemote(changes: DocChanges): Promise<void> {
    const eventId = this.config.eventId;
    const writes: SyncWrite[] = [];
    if (changes.event) {
      const event = readEvent(this.doc);
      if (event) writes.push({ table: 'events', id: eventId, record: event, expected: this.agreed.get(keyOf('events', eventId)) ?? null });
    }
    for (const [table, ids] of changes.records) {
      for (const id of ids) {
        const record = readRecord(this.doc, table, id) ?? null;
        writes.push({ table, id, record, expected: this.agreed.get(keyOf(table, id)) ?? null });
      }
    }
    const skipped = await applySyncWrites(writes);
    for (const w of writes) this.agree(w.table, w.id, w.record, skipped);
    if (!this.statusValue.hasEvent && readEvent(this.doc)) this.setStatus({ hasEvent: true });
  }

  private eventGone(): void {
    // The event was removed from this copy for good: it leaves sync; the others keep it.
    this.onEventGone();
  }
}
