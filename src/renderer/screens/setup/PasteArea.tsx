import { useT } from '../../i18n';
import { MAX_PASTE_CHARS } from './extraction-types';

interface Props {
  text: string;
  onText: (text: string) => void;
  tooLarge: boolean;
  onRefused: () => void;
}

/** Where the program is pasted; oversized pastes are refused before they reach the text box. */
export function PasteArea({ text, onText, tooLarge, onRefused }: Props) {
  const t = useT();
  return (
    <section class="panel setup-paste" aria-labelledby="paste-title">
      <h2 id="paste-title">{t('setup.pasteTitle')}</h2>
      <p id="paste-help" class="hint">
        {t('setup.pasteHelp')}
      </p>
      <label class="field">
        <span>{t('setup.pasteLabel')}</span>
        <textarea
          data-testid="program-paste"
          rows={10}
          value={text}
          aria-describedby="paste-help"
          spellcheck={false}
          onPaste={(e) => {
            const pasted = e.clipboardData?.getData('text/plain') ?? '';
            if (pasted.length + text.length > MAX_PASTE_CHARS) {
              e.preventDefault();
              onRefused();
            }
          }}
          onInput={(e) => onText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      {tooLarge && (
        <p class="field-error" role="alert">
          {t('setup.tooLarge')}
        </p>
      )}
      {text && (
        <button type="button" class="button button-small" onClick={() => onText('')}>
          {t('setup.clearPaste')}
        </button>
      )}
    </section>
  );
}
