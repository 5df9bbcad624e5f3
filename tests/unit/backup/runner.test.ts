import { describe, expect, it } from 'vitest';
import { acknowledgeLoss, checkDatabase, type LossCheckDeps } from '../../../src/renderer/backup/loss-check';
import { createBackupRunner } from '../../../src/renderer/backup/runner';
import type { SnapshotRequest, SnapshotResult } from '../../../src/renderer/backup/snapshot';
import type { BackupStorage, DatabaseMarker } from '../../../src/renderer/platform';
import type { EventChanges } from '../../../src/renderer/store';

const A = '3f0c2a9e-8b1d-4c6e-9a2f-5d7b1e0c4a88';
const B = '7d1e0c4a-2a9e-4c6e-8b1d-3f0c5d7b1e88';

function storage(): BackupStorage & { written: string[]; failNext: boolean; quit?: () => Promise<void> } {
  const s = {
    written: [] as string[],
    failNext: false,
    quit: undefined as (() => Promise<void>) | undefined,
    place: async () => ({ kind: 'browser-storage' as const, path: null, isDefault: true, needsPermission: false, canChoose: false }),
    chooseFolder: async () => null,
    resetFolder: async () => s.place(),
    allowFolder: async () => s.place(),
    write: async ({ eventId }: { eventId: string }) => {
      if (s.failNext) {
        s.failNext = false;
        throw new Error('[relator:no-space] disk full');
      }
      s.written.push(eventId);
      return { name: eventId, eventId, label: '', takenAt: '', size: 1 };
    },
    list: async () => [],
    read: async () => new Uint8Array(),
    readMarker: async () => null,
    writeMarker: async () => undefined,
    onQuit: (callback: () => Promise<void>) => void (s.quit = callback),
  };
  return s;
}

/** Runner with a hand-fired timer and change feed; snapshots are "taken" of the events the changes name. */
function setup() {
  const store = storage();
  let tick: (() => void) | undefined;
  let feed: ((changes: EventChanges) => void) | undefined;
  const requests: SnapshotRequest[] = [];
  const content: Record<string, string> = { [A]: 'a1', [B]: 'b1' };
  const runner = createBackupRunner({
    storage: store,
    takeSnapshots: async (request): Promise<SnapshotResult[]> => {
      requests.push(request);
      const ids = request.changes.all ? [A, B] : [...(request.changes.records.get('events') ?? [])];
      return [...new Set([...ids, ...request.force])]
        .filter((id) => request.known[id] !== content[id] || request.force.includes(id))
        .map((id) => ({ eventId: id, title: id, hash: content[id]!, data: new Uint8Array([1]) }));
    },
    watch: (onChange) => {
      feed = onChange;
      return () => (feed = undefined);
    },
    now: () => Date.UTC(2026, 11, 2, 10),
    setInterval: (callback) => ((tick = callback), 1),
    clearInterval: () => (tick = undefined),
  });
  const change = (eventId: string) => feed?.({ records: new Map([['events', new Set([eventId])]]), all: false });
  return { store, runner, requests, content, change, tick: () => tick?.(), hasFeed: () => feed !== undefined };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('backup runner', () => {
  it('writes nothing until something changes, then the changed event only, once per change', async () => {
    const { store, runner, change, tick, hasFeed } = setup();
    expect(hasFeed()).toBe(false); // not the leading window yet
    runner.start();
    tick();
    await settle();
    expect(store.written).toEqual([]);
    change(A);
    tick();
    await settle();
    expect(store.written).toEqual([A]);
    tick();
    await settle();
    expect(store.written).toEqual([A]);
    expect(runner.status().lastAt).toBe('2026-12-02T10:00:00.000Z');
  });

  it('does not write an event again when its content is what the last snapshot held', async () => {
    const { store, runner, change, tick, content } = setup();
    runner.start();
    change(A);
    tick();
    await settle();
    change(A); // a write that left the event as it was
    tick();
    await settle();
    expect(store.written).toEqual([A]);
    content[A] = 'a2';
    change(A);
    tick();
    await settle();
    expect(store.written).toEqual([A, A]);
  });

  it('keeps the changes of a failed write for the next run, and says why it failed', async () => {
    const { store, runner, change, tick } = setup();
    runner.start();
    change(B);
    store.failNext = true;
    tick();
    await settle();
    expect(store.written).toEqual([]);
    expect(runner.status().lastError).toMatch(/no-space/);
    tick();
    await settle();
    expect(store.written).toEqual([B]);
    expect(runner.status().lastError).toBeNull();
  });

  it('backs up an event before a replace even when unchanged, everything on "back up now", and what changed at quit', async () => {
    const { store, runner, change } = setup();
    runner.start();
    await runner.backupNow([A]);
    await runner.backupNow([A]);
    expect(store.written).toEqual([A, A]);
    await runner.backupAll();
    expect(store.written).toEqual([A, A, B]);
    change(B);
    await store.quit!();
    expect(store.written).toEqual([A, A, B]); // B unchanged in content
  });
});

describe('loss check', () => {
  function deps(marker: DatabaseMarker | null, databaseId?: string) {
    const state = { marker, databaseId: databaseId ? { id: databaseId, at: '2026-12-01T10:00:00.000Z' } : undefined };
    const d: LossCheckDeps = {
      storage: {
        readMarker: async () => state.marker,
        writeMarker: async (m) => void (state.marker = m),
      },
      getDatabaseId: async () => state.databaseId,
      setDatabaseId: async (value) => void (state.databaseId = value),
      now: () => Date.UTC(2026, 11, 2, 10),
    };
    return { d, state };
  }

  it('gives a first database an identity and records it outside', async () => {
    const { d, state } = deps(null);
    expect(await checkDatabase(d)).toEqual({ status: 'ok' });
    expect(state.marker?.databaseId).toBe(state.databaseId?.id);
    expect(await checkDatabase(d)).toEqual({ status: 'ok' });
  });

  it('notices a wiped database, keeps warning until the user has seen it, then not', async () => {
    const marker = { databaseId: A, savedAt: '2026-12-01T10:00:00.000Z' };
    const { d, state } = deps(marker);
    expect(await checkDatabase(d)).toEqual({ status: 'lost', previous: marker });
    expect(state.marker).toEqual(marker);
    expect(await checkDatabase(d)).toEqual({ status: 'lost', previous: marker });
    await acknowledgeLoss(d);
    expect(await checkDatabase(d)).toEqual({ status: 'ok' });
  });

  it('notices a database replaced by another one', async () => {
    const { d } = deps({ databaseId: A, savedAt: '2026-12-01T10:00:00.000Z' }, B);
    expect((await checkDatabase(d)).status).toBe('lost');
  });
});
