import { formatWhen } from '../autosave/describe-draft';
import { useT } from '../i18n';
import '../styles/autosave.css';

export interface ConflictRow {
  /** The field's name; omitted when there is only the one text. */
  label?: string;
  mine: string;
  theirs: string;
}

interface ConflictChoiceProps {
  id: string;
  rows: readonly ConflictRow[];
  /** When the other version was saved. */
  theirsAt: string | null;
  /** The other tab deleted the record. */
  deleted?: boolean;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
  /** Omitted where combining makes no sense (a deleted record). */
  onCombine?: () => void;
}

/**
 * A save met a change made in another tab or window: both versions side by side and the user's
 * choice. Nothing is written until they choose; their text stays where they typed it.
 */
export function ConflictChoice({ id, rows, theirsAt, deleted = false, onKeepMine, onKeepTheirs, onCombine }: ConflictChoiceProps) {
  const t = useT();
  const empty = t('autosave.conflict.empty');
  return (
    <section class="conflict-choice" role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`}>
      <p id={`${id}-title`} class="conflict-title" role="alert">
        {deleted ? t('autosave.conflict.deleted') : t('autosave.conflict.title')}
      </p>
      <p id={`${id}-hint`} class="conflict-hint">
        {t('autosave.conflict.hint')}
      </p>
      {!deleted && (
        <div class="conflict-versions">
          <div class="conflict-version" data-testid="conflict-mine">
            <h3>{t('autosave.conflict.mine')}</h3>
            {rows.map((row, i) => (
              <p key={i} class="conflict-text">
                {row.label && <strong>{row.label}: </strong>}
                {row.mine || empty}
              </p>
            ))}
          </div>
          <div class="conflict-version" data-testid="conflict-theirs">
            <h3>{t('autosave.conflict.theirs', { time: formatWhen(theirsAt) })}</h3>
            {rows.map((row, i) => (
              <p key={i} class="conflict-text">
                {row.label && <strong>{row.label}: </strong>}
                {row.theirs || empty}
              </p>
            ))}
          </div>
        </div>
      )}
      <div class="toolbar">
        <button type="button" class="button button-small" onClick={onKeepMine}>
          {t('autosave.conflict.keepMine')}
        </button>
        <button type="button" class="button button-small" onClick={onKeepTheirs}>
          {t('autosave.conflict.keepTheirs')}
        </button>
        {onCombine && !deleted && (
          <button type="button" class="button button-small" onClick={onCombine}>
            {t('autosave.conflict.combine')}
          </button>
        )}
      </div>
    </section>
  );
}
