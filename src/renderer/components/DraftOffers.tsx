import type { KnownDraft } from '../autosave/describe-draft';
import { describeOrigin } from '../autosave/describe-draft';
import { useT } from '../i18n';
import '../styles/autosave.css';

const PREVIEW_CHARS = 240;

interface DraftOffersProps {
  offers: readonly KnownDraft[];
  onTake: (offer: KnownDraft) => void;
  onDiscard: (offer: KnownDraft) => void;
}

/**
 * Unsaved text left by tabs or windows that are gone (closed, crashed), offered beside the box it
 * was typed for: the user recovers or discards each one; nothing is dropped for them.
 */
export function DraftOffers({ offers, onTake, onDiscard }: DraftOffersProps) {
  const t = useT();
  if (offers.length === 0) return null;
  return (
    <ul class="draft-offers" aria-label={t('autosave.offersLabel')}>
      {offers.map((offer) => {
        const origin = describeOrigin(offer, t);
        const text = offer.draft.text;
        return (
          <li key={offer.draft.id} class="draft-offer">
            <p class="draft-offer-origin">{t('autosave.offer', { origin })}</p>
            <p class="draft-offer-text">{text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text}</p>
            <div class="toolbar">
              <button
                type="button"
                class="button button-small"
                aria-label={t('autosave.takeLabel', { origin })}
                onClick={() => onTake(offer)}
              >
                {t('autosave.take')}
              </button>
              <button
                type="button"
                class="button button-small"
                aria-label={t('autosave.discardLabel', { origin })}
                onClick={() => onDiscard(offer)}
              >
                {t('autosave.discard')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
