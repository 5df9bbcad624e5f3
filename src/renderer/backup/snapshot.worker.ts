/// <reference lib="webworker" />
import { buildSnapshots, type SnapshotRequest, type SnapshotResult } from './snapshot';

/**
 * Backups off the page's thread: reading a 10,000-note event and writing it as a file takes long
 * enough to drop frames, so it happens here while the rapporteur types.
 */
export type SnapshotReply = { id: number; ok: true; results: SnapshotResult[] } | { id: number; ok: false; message: string };

self.onmessage = (message: MessageEvent<{ id: number; request: SnapshotRequest }>) => {
  const { id, request } = message.data;
  buildSnapshots(request).then(
    (results) => {
      const reply: SnapshotReply = { id, ok: true, results };
      self.postMessage(
        reply,
        results.map((r) => r.data.buffer as ArrayBuffer),
      );
    },
    (error: unknown) =>
      self.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies SnapshotReply),
  );
};
