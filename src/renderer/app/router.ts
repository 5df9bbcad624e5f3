import { useEffect, useState } from 'preact/hooks';

/** Screens addressed by the URL hash, so a reload (or a crash) comes back to the same place. */
export type Route =
  | { name: 'library' }
  | { name: 'event'; eventId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'events' && parts[1]) return { name: 'event', eventId: parts[1] };
  return { name: 'library' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'event':
      return `#/events/${encodeURIComponent(route.eventId)}`;
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
