/**
 * Failures the UI can explain to the user. Every store write is one transaction, so whatever the
 * code, nothing was half-written.
 */
export type StoreErrorCode =
  /** The disk or the browser's storage quota is full. */
  | 'quota'
  /**
   * A record with the same id already exists (e.g. importing an event that is already here), or a
   * guarded edit found the record changed elsewhere since it was opened (an EditConflictError).
   */
  | 'conflict'
  /** The record to change does not exist. */
  | 'not-found'
  /** The request itself is inconsistent (e.g. a bundle whose records belong to another event). */
  | 'invalid'
  /** The database could not be opened or the browser refused the operation. */
  | 'unavailable'
  /** The caller stopped the write (an import the user cancelled); the transaction was rolled back. */
  | 'cancelled'
  | 'unknown';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}

/**
 * A guarded save (see EditGuard) refused because another tab or window changed the same fields
 * since the editor opened the record. Nothing was written; `current` is the record as stored now,
 * to show the user next to their own version and to retry with `expectedUpdatedAt: current.updatedAt`
 * once they have chosen.
 */
export class EditConflictError<T = unknown> extends StoreError {
  constructor(
    readonly current: T,
    /** The fields changed on both sides. */
    readonly fields: readonly string[],
    what: string,
  ) {
    super('conflict', `${what} was changed elsewhere (${fields.join(', ')})`);
  }
}

export function isEditConflict<T = unknown>(error: unknown): error is EditConflictError<T> {
  return error instanceof EditConflictError;
}

const BY_NAME: Record<string, StoreErrorCode> = {
  QuotaExceededError: 'quota',
  ConstraintError: 'conflict',
  NotFoundError: 'not-found',
  DataError: 'invalid',
  InvalidStateError: 'unavailable',
  OpenFailedError: 'unavailable',
  DatabaseClosedError: 'unavailable',
  MissingAPIError: 'unavailable',
  VersionError: 'unavailable',
};

/** Names found on the error and on anything Dexie wrapped inside it (AbortError.inner, BulkError.failures). */
function errorNames(error: unknown, depth = 0): string[] {
  if (depth > 4 || error === null || typeof error !== 'object') return [];
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  const names = typeof e.name === 'string' ? [e.name] : [];
  names.push(...errorNames(e.inner, depth + 1), ...errorNames(e.cause, depth + 1));
  const failures = Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  for (const f of failures.slice(0, 3)) names.push(...errorNames(f, depth + 1));
  return names;
}

export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const names = errorNames(error);
  // Quota first: a full disk aborts the transaction, and the abort is what surfaces on top.
  const code: StoreErrorCode = names.includes('QuotaExceededError')
    ? 'quota'
    : (names.map((n) => (Object.hasOwn(BY_NAME, n) ? BY_NAME[n] : undefined)).find((c) => c !== undefined) ?? 'unknown');
  const message = error instanceof Error ? error.message : String(error);
  return new StoreError(code, message, { cause: error });
}
