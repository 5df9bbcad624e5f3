import type { Stamped } from '../../core/model/types';
import { routeHref } from '../app/router';
import { useT } from '../i18n';
import { liveEventOverview, useLiveQuery, type EventOverview } from '../store';

/** Shown by an event's screens while its data is read. */
export function EventLoading() {
  const t = useT();
  return <p>{t('app.loading')}</p>;
}

/** Shown by an event's screens when the event does not exist or was deleted. */
export function EventMissing() {
  const t = useT();
  return (
    <section class="panel">
      <p role="alert">{t('event.notFound')}</p>
      <a href={routeHref({ name: 'library' })}>{t('event.back')}</a>
    </section>
  );
}

/** A deleted event stays in the database until purged, but its screens treat it as missing. */
export const isMissing = (event: Pick<Stamped, 'deletedAt'> | null | undefined): boolean => !event || event.deletedAt !== null;

/**
 * The event with its questions and participants, live: `undefined` while loading, `null` when the
 * event is missing or deleted.
 */
export function useEventOverview(eventId: string): EventOverview | null | undefined {
  const overview = useLiveQuery(() => liveEventOverview(eventId), [eventId], undefined);
  if (overview === undefined) return undefined;
  return overview === null || isMissing(overview.event) ? null : overview;
}
