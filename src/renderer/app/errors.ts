import type { TFunction } from '../i18n';
import { bridgeErrorCode } from '../platform';
import { isEditConflict, isStoreError } from '../store';

/** A message a rapporteur can act on, for anything a store or file operation throws (the database, the file bridge, or else the error's own words). */
export function describeError(error: unknown, t: TFunction): string {
  const message = error instanceof Error ? error.message : String(error);
  if (isStoreError(error)) {
    if (error.code === 'quota') return t('errors.quota');
    if (isEditConflict(error)) return t('errors.editConflict');
    if (error.code === 'conflict') return t('errors.conflict');
    if (error.code === 'not-found') return t('errors.notFound');
    if (error.code === 'invalid') return t('errors.invalid', { message });
    if (error.code === 'unavailable') return t('errors.unavailable');
  }
  const fileCode = bridgeErrorCode(error);
  if (fileCode) return t(`errors.file.${fileCode}`);
  return t('errors.unknown', { message });
}
