import { routeHref } from '../../app/router';
import { EventTabs } from '../../components/EventTabs';
import { useT } from '../../i18n';
import { liveEventOverview, useLiveQuery } from '../../store';
import { AgendaList } from './AgendaList';
import { EventDetails } from './EventDetails';
import { ParticipantList } from './ParticipantList';
import { QuestionList } from './QuestionList';

/** One event: its data, its guiding questions and its participants. */
export function EventScreen({ eventId }: { eventId: string }) {
  const t = useT();
  const overview = useLiveQuery(() => liveEventOverview(eventId), [eventId], undefined);

  if (overview === undefined) return <p>{t('app.loading')}</p>;
  if (overview === null || overview.event.deletedAt !== null) {
    return (
      <section class="panel">
        <p role="alert">{t('event.notFound')}</p>
        <a href={routeHref({ name: 'library' })}>{t('event.back')}</a>
      </section>
    );
  }
  const { event, questions, participants } = overview;
  return (
    <article class="event-screen" aria-labelledby="event-title">
      <nav class="breadcrumbs">
        <a href={routeHref({ name: 'library' })}>← {t('event.back')}</a>
      </nav>
      <h1 id="event-title">{event.title || t('library.untitled')}</h1>
      {event.subtitle && <p class="event-subtitle">{event.subtitle}</p>}
      <EventTabs eventId={event.id} current="overview" />
      <EventDetails event={event} />
      <QuestionList eventId={event.id} questions={questions} />
      <ParticipantList eventId={event.id} participants={participants} />
      <AgendaList eventId={event.id} questions={questions} participants={participants} />
    </article>
  );
}
