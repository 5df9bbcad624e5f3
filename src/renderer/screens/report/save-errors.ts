import type { TFunction } from '../../i18n';
import { bridgeErrorCode, bridgeErrorDetail } from '../../platform';
import { TemplateError } from '../../../core/report/docx-template';

/**
 * Why a save failed, in words the user can act on. Shorter than `describeError`'s file
 * messages where the surrounding sentence already says the data did not change.
 */
export function describeSaveError(error: unknown, t: TFunction): string {
  if (error instanceof TemplateError) return t('report.reasons.template');
  switch (bridgeErrorCode(error)) {
    case 'too-large':
      return t('errors.file.too-large');
    case 'no-space':
      return t('report.reasons.noSpace');
    case 'permission-denied':
      return t('report.reasons.permission');
    case 'write-failed':
      return t('report.reasons.writeFailed');
    default:
      return t('report.reasons.unknown', { message: bridgeErrorDetail(error) });
  }
}
