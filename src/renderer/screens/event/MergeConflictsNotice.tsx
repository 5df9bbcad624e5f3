import { useState } from 'preact/hooks';
import { MergeReview } from '../../components/MergeReview';
import { useT } from '../../i18n';
import { liveMergeConflicts, useLiveQuery } from '../../store';

/**
 * The texts a merge kept aside for this event, announced on its overview as on its library card,
 * with the review list opened here: whoever combines the mesas' files works from the event.
 */
export function MergeConflictsNotice({ eventId, title }: { eventId: string; title: string }) {
  const t = useT();
  const waiting = useLiveQuery(() => liveMergeConflicts(eventId), [eventId], undefined);
  const [reviewing, setReviewing] = useState(false);
  if (reviewing) return <MergeReview eventId={eventId} title={title} onClose={() => setReviewing(false)} />;
  if (!waiting || waiting.length === 0) return null;
  return (
    <p class="event-card-notice merge-waiting-overview" data-testid="merge-waiting">
      <span>{t('merge.waiting', { count: waiting.length })}</span>
      <button
        type="button"
        class="button button-small"
        onClick={() => setReviewing(true)}
        aria-label={t('merge.reviewActionLabel', { title })}
      >
        {t('merge.reviewAction')}
      </button>
    </p>
  );
}
