import { serializeEventFile } from '../../core/file-format/serialize';
import type { Id } from '../../core/model/types';
import { APP_VERSION } from '../app/app-version';
import { changedEventIds, getEventFileContent, type EventChanges } from '../store';

/** What a backup run asks for; runs in the snapshot worker (or on the page where no worker can start). */
export interface SnapshotRequest {
  changes: EventChanges;
  /** Events to snapshot even when unchanged since their last snapshot ("back up now", before a replace). */
  force: Id[];
  /** The content hash of each event's last snapshot this session: an unchanged event is not written again. */
  known: Record<Id, string>;
  exportedAt: string;
}

export interface SnapshotResult {
  eventId: Id;
  title: string;
  hash: string;
  /** The `.relator.json` file, UTF-8. */
  data: Uint8Array;
}

// The file's exportedAt is the one thing that differs between two snapshots of an unchanged event:
// the hash is taken with this stand-in of the same length in its place.
const STAND_IN = '0000-00-00T00:00:00.000Z';

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Serialises every event the changes name (and the forced ones) as an event file, skipping those
 * whose content is what their last snapshot held. `pause` runs between events, so a caller on the
 * page's thread can let it paint.
 */
export async function buildSnapshots(request: SnapshotRequest, pause: () => Promise<void> = async () => {}): Promise<SnapshotResult[]> {
  const changed = await changedEventIds(request.changes);
  const ids = [...new Set([...changed, ...request.force])];
  const encoder = new TextEncoder();
  const results: SnapshotResult[] = [];
  for (const eventId of ids) {
    let content;
    try {
      // With the texts its merges set aside for review: restoring the backup brings them back too.
      content = await getEventFileContent(eventId);
    } catch {
      continue; // deleted for good since the change
    }
    const { bundle, mergeConflicts } = content;
    const text = serializeEventFile(bundle, { appVersion: APP_VERSION, exportedAt: STAND_IN }, mergeConflicts);
    const hash = await sha256(encoder.encode(text));
    if (request.known[eventId] !== hash || request.force.includes(eventId)) {
      // The stand-in is the first timestamp in the file: the envelope's exportedAt comes before the event.
      results.push({ eventId, title: bundle.event.title, hash, data: encoder.encode(text.replace(STAND_IN, request.exportedAt)) });
    }
    await pause();
  }
  return results;
}
