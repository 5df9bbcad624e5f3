import type { TFunction } from '../i18n';
import { isStoreError } from '../store';

/** A message a rapporteur can act on, for anything a store operation throws. */
export function describeStoreError(error: unknown, t: TFunction): string {
  if (isStoreError(error)) {
    if (error.code === 'quota') return t('errors.quota');
    if (error.code === 'conflict') return t('errors.conflict');
    if (error.code === 'not-found') return t('errors.notFound');
  }
  const message = error instanceof Error ? error.message : String(error);
  return t('errors.unknown', { message });
}
