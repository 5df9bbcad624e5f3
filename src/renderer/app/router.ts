import { useEffect, useState } from 'preact/hooks';

/** Screens addressed by the URL hash, so a reload (or a crash) comes back to the same place. */
export type EventView = 'overview' | 'capture' | 'moderator' | 'stage' | 'report';
const EVENT_VIEWS: readonly EventView[] = ['overview', 'capture', 'moderator', 'stage', 'report'];

export type Route =
  | { name: 'library' }
  | { name: 'setup' }
  | { name: 'backups' }
  /** `mesaId`: the stage display of one mesa (absent or null: the plenary's). */
  | { name: 'event'; eventId: string; view?: EventView; mesaId?: string | null };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'setup') return { name: 'setup' };
  if (parts[0] === 'backups') return { name: 'backups' };
  if (parts[0] === 'events' && parts[1]) {
    const view = EVENT_VIEWS.find((v) => v === parts[2]) ?? 'overview';
    if (view === 'stage' && parts[3]) return { name: 'event', eventId: parts[1], view, mesaId: parts[3] };
    return { name: 'event', eventId: parts[1], view };
  }
  return { name: 'library' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'setup':
      return '#/setup';
    case 'backups':
      return '#/backups';
    case 'event': {
      const base = `#/events/${encodeURIComponent(route.eventId)}`;
      if (route.view === 'stage' && route.mesaId) return `${base}/stage/${encodeURIComponent(route.mesaId)}`;
      return route.view && route.view !== 'overview' ? `${base}/${route.view}` : base;
    }
  }
}

export function navigate(route: Route): void {
  location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
