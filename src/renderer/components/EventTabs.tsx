import { eventViews } from '../app/event-views';
import { routeHref, type EventView } from '../app/router';
import { useT, type MessageKey } from '../i18n';

/** Tabs between an event's screens; the current one is marked for assistive technology too. */
export function EventTabs({ eventId, current }: { eventId: string; current: EventView }) {
  const t = useT();
  const overview: { view: EventView; labelKey: MessageKey } = { view: 'overview', labelKey: 'event.tabOverview' };
  const tabs = [overview, ...eventViews.filter((v) => !v.bare)];
  return (
    <nav class="event-tabs" aria-label={t('event.tabs')}>
      {tabs.map((tab) => (
        <a
          key={tab.view}
          class="event-tab"
          href={routeHref({ name: 'event', eventId, view: tab.view })}
          aria-current={tab.view === current ? 'page' : undefined}
        >
          {t(tab.labelKey)}
        </a>
      ))}
    </nav>
  );
}
