import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isStoreError, StoreError, toStoreError } from '../../../src/renderer/store/errors';

describe('toStoreError', () => {
  it('recognises a full disk however deep Dexie wrapped it', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(toStoreError(quota).code).toBe('quota');
    expect(toStoreError(new Dexie.AbortError('aborted', quota)).code).toBe('quota');
    expect(toStoreError(new Dexie.QuotaExceededError('full')).code).toBe('quota');
  });

  it('maps constraint failures (also inside a BulkError) to conflict', () => {
    const constraint = new DOMException('Key already exists', 'ConstraintError');
    expect(toStoreError(constraint).code).toBe('conflict');
    expect(toStoreError(new Dexie.BulkError('1 of 3 failed', { 1: constraint })).code).toBe('conflict');
  });

  it('keeps the original as cause and passes StoreErrors through', () => {
    const original = new Error('boom');
    const mapped = toStoreError(original);
    expect(mapped).toMatchObject({ code: 'unknown', message: 'boom', cause: original });
    expect(isStoreError(mapped)).toBe(true);
    const own = new StoreError('not-found', 'x');
    expect(toStoreError(own)).toBe(own);
    expect(isStoreError(new Error('x'))).toBe(false);
  });
});
