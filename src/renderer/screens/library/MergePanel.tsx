import { useT } from '../../i18n';
import type { PickedFile } from '../../platform';
import '../../styles/merge.css';

interface Props {
  title: string;
  files: readonly PickedFile[];
  onAdd: () => void;
  onRemove: (index: number) => void;
  onRun: () => void;
  onCancel: () => void;
}

/** The files chosen to merge into an event ("Combinar con…"): add more, remove one, then merge them all at once. */
export function MergePanel({ title, files, onAdd, onRemove, onRun, onCancel }: Props) {
  const t = useT();
  return (
    <section class="panel merge-panel" aria-labelledby="merge-panel-title" data-testid="merge-panel">
      <h2 id="merge-panel-title">{t('merge.panelTitle', { title })}</h2>
      <p class="merge-hint">{t('merge.panelHint')}</p>
      <ul class="merge-files">
        {files.map((file, i) => (
          <li key={`${i}-${file.name}`}>
            <span class="merge-file-name">{file.name}</span>
            <button
              type="button"
              class="button button-small"
              aria-label={t('merge.removeLabel', { name: file.name })}
              onClick={() => onRemove(i)}
            >
              {t('merge.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div class="toolbar">
        <button type="button" class="button" onClick={onAdd}>
          {t('merge.addFile')}
        </button>
        <button type="button" class="button button-primary" disabled={files.length === 0} onClick={onRun}>
          {t('merge.run')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('merge.cancel')}
        </button>
      </div>
    </section>
  );
}
