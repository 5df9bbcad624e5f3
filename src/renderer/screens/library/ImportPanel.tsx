import { ConfirmDialog } from '../../components/ConfirmDialog';
import { currentLanguage, useT } from '../../i18n';
import { numberFormat } from '../../../core/i18n/locales';
import type { ConflictAnswer } from '../../app/import/protocol';
import type { ImportView } from './use-import';

interface Props {
  view: Extract<ImportView, { state: 'running' }>;
  onAnswer: (value: boolean | ConflictAnswer) => void;
  onCancel: () => void;
}

/** A running import: what it is doing, how far it got, a Cancel button, and the questions it asks. */
export function ImportPanel({ view, onAnswer, onCancel }: Props) {
  const t = useT();
  const { progress, question } = view;
  const percent = Math.floor(progress.fraction * 100);
  const count = numberFormat(currentLanguage());
  const phase =
    progress.phase === 'write' && progress.total !== undefined
      ? t('library.importPhase.write', { written: count.format(progress.written ?? 0), total: count.format(progress.total) })
      : t(`library.importPhase.${progress.phase === 'write' ? 'writeStart' : progress.phase}`);
  return (
    <section class="panel import-progress" aria-labelledby="import-progress-title" data-testid="import-progress">
      <h2 id="import-progress-title">{view.heading ?? t('library.importProgress', { name: view.name })}</h2>
      <progress
        max={100}
        value={percent}
        aria-labelledby="import-progress-title"
        aria-valuetext={t('library.importPercent', { percent })}
      />
      <p class="import-status" role="status">
        {view.cancelling ? t('library.importCancelling') : `${phase} ${t('library.importPercent', { percent })}`}
      </p>
      <button type="button" class="button" disabled={view.cancelling} onClick={onCancel}>
        {t('library.importCancel')}
      </button>

      {question?.kind === 'encoding' && (
        <ConfirmDialog
          title={t('library.encodingTitle', { name: view.name })}
          body={t('library.encodingBody')}
          cancelLabel={t('library.cancel')}
          choices={[{ label: t('library.encodingConfirm'), value: 'confirm' }]}
          onClose={(value) => onAnswer(value === 'confirm')}
        >
          <figure class="encoding-preview">
            <figcaption>{t('library.encodingPreview')}</figcaption>
            <ol data-testid="encoding-preview">
              {question.preview.map((line) => (
                <li key={line.line}>
                  <span class="encoding-line">{t('library.encodingLine', { line: line.line })}</span> <code>{line.text}</code>
                </li>
              ))}
            </ol>
          </figure>
        </ConfirmDialog>
      )}
      {question?.kind === 'conflict' && (
        <ConfirmDialog
          title={t('library.importConflictTitle')}
          body={t('library.importConflictBody', { title: question.title })}
          cancelLabel={t('library.cancel')}
          choices={[
            { label: t('library.importAsCopy'), value: 'copy' },
            { label: t('library.importReplace'), value: 'replace', danger: true },
          ]}
          onClose={(value) => onAnswer(value === 'copy' || value === 'replace' ? value : null)}
        />
      )}
    </section>
  );
}
