import { createHash, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_PATTERN } from '../shared/bridge';

/** A join code as the host makes it; the relay only checks codes, it never makes them. */
export function isJoinCode(value: unknown): value is string {
  return typeof value === 'string' && JOIN_CODE_PATTERN.test(value);
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Constant-time comparison: both sides are hashed first so that neither the length nor the first
 * differing character of the expected code shows in the time the answer takes.
 */
export function codesMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}
