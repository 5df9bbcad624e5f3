import { newId, toIso } from '../../core/model/ids';
import type { BackupStorage, DatabaseMarker } from '../platform';
import type { Settings } from '../store';

export type LossCheck =
  | { status: 'ok' }
  /** The database this machine last saw (the marker) is not the one open now: it was wiped or replaced. */
  | { status: 'lost'; previous: DatabaseMarker };

export interface LossCheckDeps {
  storage: Pick<BackupStorage, 'readMarker' | 'writeMarker'>;
  getDatabaseId(): Promise<Settings['databaseId'] | undefined>;
  setDatabaseId(value: Settings['databaseId']): Promise<void>;
  now(): number;
}

/**
 * Compares the database's identity with the marker kept outside it. A database without an identity
 * gets one; a marker that names another database means the notes this machine had are gone, and
 * the marker is left as it is until the user has seen that (`acknowledgeLoss`), so a start that
 * shows nothing (a crash) does not lose the warning.
 */
export async function checkDatabase(deps: LossCheckDeps): Promise<LossCheck> {
  let current = await deps.getDatabaseId();
  if (!current) {
    current = { id: newId(), at: toIso(deps.now()) };
    await deps.setDatabaseId(current);
  }
  const marker = await deps.storage.readMarker().catch(() => null);
  if (marker && marker.databaseId !== current.id) return { status: 'lost', previous: marker };
  if (!marker) await deps.storage.writeMarker({ databaseId: current.id, savedAt: toIso(deps.now()) }).catch(() => undefined);
  return { status: 'ok' };
}

/** The user has seen the loss (restored, or chose not to): the marker now names the database in use. */
export async function acknowledgeLoss(deps: LossCheckDeps): Promise<void> {
  const current = await deps.getDatabaseId();
  if (current) await deps.storage.writeMarker({ databaseId: current.id, savedAt: toIso(deps.now()) });
}
