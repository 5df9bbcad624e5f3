import { nextRedo, nextUndo } from '../../../core/capture/history';
import type { NoteHistoryApi } from '../../capture/use-note-history';
import { useT } from '../../i18n';
import '../../styles/history.css';

/**
 * Undo and redo for the mouse, naming what they would do in their tooltip ("Deshacer: mover 3
 * notas"). Arrows only: the capture toolbar must stay on one row beside the tabs at 1280 px.
 */
export function HistoryButtons({ history }: { history: NoteHistoryApi }) {
  const t = useT();
  const undoable = nextUndo(history.history);
  const redoable = nextRedo(history.history);
  return (
    <span class="history-buttons" role="group" aria-label={`${t('history.undo')} / ${t('history.redo')}`}>
      <button
        type="button"
        class="button button-small history-button"
        aria-label={t('history.undo')}
        aria-keyshortcuts="Control+Z"
        disabled={!undoable}
        title={undoable ? t('history.undoWhat', { action: history.describe(undoable) }) : t('history.nothingToUndo')}
        onClick={() => history.undo()}
      >
        <span aria-hidden="true">↶</span>
      </button>
      <button
        type="button"
        class="button button-small history-button"
        aria-label={t('history.redo')}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        disabled={!redoable}
        title={redoable ? t('history.redoWhat', { action: history.describe(redoable) }) : t('history.nothingToRedo')}
        onClick={() => history.redo()}
      >
        <span aria-hidden="true">↷</span>
      </button>
    </span>
  );
}
