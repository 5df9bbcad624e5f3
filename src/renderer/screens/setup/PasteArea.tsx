import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { numberFormat } from '../../../core/i18n/locales';
import { currentLanguage, useT } from '../../i18n';
import { LONG_PASTE_CHARS, MAX_PASTE_CHARS } from './extraction-types';
import { ProgramFile } from './ProgramFile';

interface Props {
  text: string;
  /** `pasted`: the text came in one piece (a paste or a drop), so it is read at once rather than after a pause. */
  onText: (text: string, pasted: boolean) => void;
  tooLarge: boolean;
  onRefused: () => void;
}

/** Lines of `text`, counted without splitting it (it may be 2 MB). */
function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/**
 * Where the program is pasted; oversized pastes are refused before they reach the text box. A long
 * paste (a whole web page) never enters the box either: laying out that much text in a text box
 * freezes the page for a second or more, and nobody reads it there. The box gives way to a summary
 * (the text itself shows beside the questions found in it) and comes back on request.
 */
export function PasteArea({ text, onText, tooLarge, onRefused }: Props) {
  const t = useT();
  const [expanded, setExpanded] = useState(false);
  const summary = useRef<HTMLParagraphElement>(null);
  const long = text.length >= LONG_PASTE_CHARS;
  const collapsed = long && !expanded;
  const lines = useMemo(() => (collapsed ? lineCount(text) : 0), [collapsed, text]);
  const focusSummary = useRef(false);
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!long) setExpanded(false);
  }, [long]);
  useEffect(() => {
    // The box the user pasted into is gone: keep the keyboard focus nearby.
    if (collapsed && focusSummary.current) summary.current?.focus();
    focusSummary.current = false;
  }, [collapsed]);

  return (
    <section class="panel setup-paste" aria-labelledby="paste-title" ref={section}>
      <h2 id="paste-title">{t('setup.pasteTitle')}</h2>
      <p id="paste-help" class="hint">
        {t('setup.pasteHelp')}
      </p>
      {collapsed ? (
        <p class="paste-summary" ref={summary} tabIndex={-1} data-testid="paste-summary">
          {t('setup.pastedLong', {
            chars: numberFormat(currentLanguage()).format(text.length),
            lines: numberFormat(currentLanguage()).format(lines),
          })}{' '}
          <button type="button" class="button button-small" onClick={() => setExpanded(true)}>
            {t('setup.showPasted')}
          </button>
        </p>
      ) : (
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
              const box = e.currentTarget as HTMLTextAreaElement;
              const next = text.slice(0, box.selectionStart) + pasted + text.slice(box.selectionEnd);
              if (next.length > MAX_PASTE_CHARS) {
                e.preventDefault();
                onRefused();
              } else if (next.length >= LONG_PASTE_CHARS && !expanded) {
                e.preventDefault();
                focusSummary.current = true;
                onText(next, true);
              }
            }}
            onInput={(e) => {
              const kind = (e as InputEvent).inputType;
              onText((e.currentTarget as HTMLTextAreaElement).value, kind === 'insertFromPaste' || kind === 'insertFromDrop');
            }}
          />
        </label>
      )}
      <ProgramFile onText={(value) => onText(value, true)} onTooLarge={onRefused} dropTarget={section} />
      {tooLarge && (
        <p class="field-error" role="alert">
          {t('setup.tooLarge')}
        </p>
      )}
      {text && (
        <button type="button" class="button button-small" onClick={() => onText('', true)}>
          {t('setup.clearPaste')}
        </button>
      )}
    </section>
  );
}
