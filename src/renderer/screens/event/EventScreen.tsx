import { routeHref } from '../../app/router';
import { BinButton } from '../../components/BinButton';
import { EventLoading, EventMissing, useEventOverview } from '../../components/EventMissing';
import { EventTabs } from '../../components/EventTabs';
import { SaveFileReminder } from '../../components/SaveFileReminder';
import { SyncPanel } from '../../components/sync/SyncPanel';
import { useT } from '../../i18n';
import { AgendaList } from './AgendaList';
import { EventDetails } from './EventDetails';
import { MesaList } from './MesaList';
import { MesasNow } from './MesasNow';
import { ParticipantList } from './ParticipantList';
import { QuestionList } from './QuestionList';

/** One event: its data, its guiding questions and its participants. */
export function EventScreen({ eventId }: { eventId: string }) {
  const t = useT();
  const overview = useEventOverview(eventId);

  if (overview === undefined) return <EventLoading />;
  if (overview === null) return <EventMissing />;
  const { event, mesas, questions, participants } = overview;
  return (
    <article class="event-screen" aria-labelledby="event-title">
      <nav class="breadcrumbs">
        <a href={routeHref({ name: 'library' })}>← {t('event.back')}</a>
      </nav>
      <h1 id="event-title">{event.title || t('library.untitled')}</h1>
      {event.subtitle && <p class="event-subtitle">{event.subtitle}</p>}
      <EventTabs eventId={event.id} current="overview" />
      <SaveFileReminder eventId={event.id} />
      <MesasNow eventId={event.id} mesas={mesas} />
      <EventDetails event={event} />
      <SyncPanel eventId={event.id} />
      <MesaList eventId={event.id} mesas={mesas} />
      <QuestionList eventId={event.id} questions={questions} mesas={mesas} />
      <ParticipantList eventId={event.id} participants={participants} />
      <AgendaList eventId={event.id} questions={questions} participants={participants} />
      <section class="panel" aria-labelledby="bin-section-title">
        <h2 id="bin-section-title">{t('bin.section')}</h2>
        <p>{t('bin.sectionIntro')}</p>
        <BinButton eventId={event.id} timeZone={event.timeZone} />
      </section>
    </article>
  );
}
