import { useEffect, useRef } from 'preact/hooks';
import { KIND_PREFIXES } from '../../../core/capture/composer-syntax';
import { useT } from '../../i18n';

/** The in-app help: keys and the composer's prefixes, in a modal dialog (Escape closes it). */
export function ShortcutSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal?.();
    if (!open && d.open) d.close();
  }, [open]);

  const keys: [string, string][] = [
    ['Enter', t('capture.shortcuts.enter')],
    ['Shift+Enter', t('capture.shortcuts.shiftEnter')],
    ['Alt+↑ / Alt+↓', t('capture.shortcuts.altArrows')],
    ['Alt+1…9', t('capture.shortcuts.altNumber')],
    ['Ctrl+F', t('capture.shortcuts.find')],
    ['Ctrl+Z', t('history.keyUndo')],
    ['Ctrl+Shift+Z / Ctrl+Y', t('history.keyRedo')],
    ['F1 / Ctrl+/', t('capture.shortcuts.help')],
  ];
  return (
    <dialog ref={dialog} class="dialog shortcut-sheet" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('capture.shortcuts.title')}</h2>
      <table>
        <caption>{t('capture.shortcuts.keys')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('capture.shortcuts.key')}</th>
            <th scope="col">{t('capture.shortcuts.effect')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map(([k, effect]) => (
            <tr key={k}>
              <td>
                <kbd>{k}</kbd>
              </td>
              <td>{effect}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t('capture.shortcuts.prefixes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('capture.shortcuts.prefix')}</th>
            <th scope="col">{t('capture.shortcuts.effect')}</th>
          </tr>
        </thead>
        <tbody>
          {KIND_PREFIXES.map((p) => (
            <tr key={p.prefix}>
              <td>
                <kbd>{p.prefix}</kbd>
              </td>
              <td>{t(`capture.kinds.${p.kind}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul>
        <li>{t('capture.shortcuts.mention')}</li>
        <li>{t('capture.shortcuts.tagHelp')}</li>
        <li>{t('capture.shortcuts.markdown')}</li>
      </ul>
      <div class="dialog-actions">
        <button type="button" class="button" onClick={onClose}>
          {t('capture.shortcuts.close')}
        </button>
      </div>
    </dialog>
  );
}
