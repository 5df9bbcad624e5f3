import { routeHref } from '../../app/router';
import { useT } from '../../i18n';
import { formatEventDate } from '../../app/format';
import type { EventSummary } from '../../store';

interface Props {
  summary: EventSummary;
  onDuplicate: () => void;
  onExport: () => void;
  onMerge: () => void;
  onDelete: () => void;
  /** Opens the review of the texts merges kept aside for this event. */
  onReview: () => void;
}

export function EventCard({ summary, onDuplicate, onExport, onMerge, onDelete, onReview }: Props) {
  const t = useT();
  const { event } = summary;
  const title = event.title || t('library.untitled');
  const headingId = `event-${event.id}`;
  return (
    <li class="event-card" aria-labelledby={headingId}>
      <h2 id={headingId} class="event-card-title">
        <a href={routeHref({ name: 'event', eventId: event.id })}>{title}</a>
      </h2>
      {event.subtitle && <p class="event-card-subtitle">{event.subtitle}</p>}
      <p class="event-card-meta">
        <span>{event.date ? formatEventDate(event.date) : t('library.noDate')}</span>
        <span>{t('library.questionsCount', { count: summary.questionCount })}</span>
        <span>{t('library.notesCount', { count: summary.noteCount })}</span>
      </p>
      {summary.mergeConflicts > 0 && (
        <p class="event-card-notice" data-testid="merge-waiting">
          <span>{t('merge.waiting', { count: summary.mergeConflicts })}</span>
          <button type="button" class="button button-small" onClick={onReview} aria-label={t('merge.reviewActionLabel', { title })}>
            {t('merge.reviewAction')}
          </button>
        </p>
      )}
      <div class="toolbar">
        <button type="button" class="button button-small" onClick={onDuplicate} aria-label={`${t('library.duplicate')}: ${title}`}>
          {t('library.duplicate')}
        </button>
        <button type="button" class="button button-small" onClick={onExport} aria-label={`${t('library.export')}: ${title}`}>
          {t('library.export')}
        </button>
        <button type="button" class="button button-small" onClick={onMerge} aria-label={`${t('merge.action')}: ${title}`}>
          {t('merge.action')}
        </button>
        <button type="button" class="button button-small button-danger" onClick={onDelete} aria-label={`${t('library.delete')}: ${title}`}>
          {t('library.delete')}
        </button>
      </div>
    </li>
  );
}
