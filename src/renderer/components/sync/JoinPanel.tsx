import { useEffect, useRef, useState } from 'preact/hooks';
import { describeError } from '../../app/errors';
import { useT } from '../../i18n';
import { joinWithLink } from '../../sync';
import '../../styles/sync.css';

/** The join link this page was opened with (`/?join=<eventId>&code=<code>`), as a link to paste; null when none. */
function linkInAddress(): string | null {
  const params = new URLSearchParams(location.search);
  return params.has('join') && params.has('code') ? location.href : null;
}

/** Forgets the join link in the address bar once answered, so a reload does not offer it again. */
function clearAddress(): void {
  history.replaceState(null, '', `${location.pathname}${location.hash}`);
}

/**
 * "Unirse con un enlace" in the library: paste a link, or (web) accept the one the page was opened
 * with. The event arrives through sync and appears in the list.
 */
export function JoinPanel() {
  const t = useT();
  const [offered, setOffered] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const accept = useRef<HTMLButtonElement>(null);
  useEffect(() => setOffered(linkInAddress()), []);
  // Opened from a join link: the offer takes the focus (and comes into view) so it is answered first.
  useEffect(() => accept.current?.focus(), [offered]);

  const join = async (link: string) => {
    try {
      const eventId = await joinWithLink(link);
      setMessage(eventId ? { kind: 'ok', text: t('sync.join.joining') } : { kind: 'error', text: t('sync.join.invalid') });
      if (eventId) setText('');
    } catch (error) {
      setMessage({ kind: 'error', text: t('sync.failed', { reason: describeError(error, t) }) });
    }
  };

  return (
    <section class="panel join-panel" aria-labelledby="join-title" data-testid="join-panel">
      {offered && (
        <div class="join-offer" role="group" aria-labelledby="join-offer-text">
          <p id="join-offer-text">{t('sync.join.offer')}</p>
          <div class="toolbar">
            <button
              ref={accept}
              type="button"
              class="button button-primary"
              onClick={() => {
                clearAddress();
                setOffered(null);
                void join(offered);
              }}
            >
              {t('sync.join.accept')}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => {
                clearAddress();
                setOffered(null);
              }}
            >
              {t('sync.join.decline')}
            </button>
          </div>
        </div>
      )}
      <h2 id="join-title">{t('sync.join.title')}</h2>
      <form
        class="join-form"
        onSubmit={(e) => {
          e.preventDefault();
          void join(text);
        }}
      >
        <label for="join-link">{t('sync.join.label')}</label>
        <div class="sync-link-row">
          <input
            id="join-link"
            type="text"
            inputMode="url"
            autoComplete="off"
            value={text}
            aria-describedby="join-hint"
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t('sync.join.submit')}
          </button>
        </div>
        <p id="join-hint" class="hint">
          {t('sync.join.hint')}
        </p>
      </form>
      {message && (
        <p class={message.kind === 'error' ? 'save-problem' : 'hint'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
