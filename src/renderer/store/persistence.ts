export type PersistenceState = 'granted' | 'denied' | 'unsupported';

/**
 * Asks the browser not to evict the database under storage pressure. Electron usually grants
 * it; the UI shows the answer so a user knows whether notes could be evicted.
 */
export async function requestPersistence(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage,
): Promise<PersistenceState> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
