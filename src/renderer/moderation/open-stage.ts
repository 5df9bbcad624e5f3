import type { Id } from '../../core/model/types';
import { routeHref } from '../app/router';

/** The stage display's address, next to the current page (works from file:// and http alike). */
export function stageUrl(eventId: Id, current: string = location.href): string {
  return current.replace(/#.*$/, '') + routeHref({ name: 'event', eventId, view: 'stage' });
}

/**
 * Opens (or brings forward) the stage display. The desktop app gives it its own window through the
 * bridge; the browser opens a named popup, so a second click reuses it. False if the browser blocked it.
 */
export async function openStageWindow(eventId: Id): Promise<boolean> {
  const bridge = window.relator as (typeof window.relator & { openStageWindow?: (id: Id) => Promise<void> }) | undefined;
  if (bridge?.openStageWindow) {
    await bridge.openStageWindow(eventId);
    return true;
  }
  const popup = window.open(stageUrl(eventId), 'relator-stage', 'popup');
  popup?.focus();
  return popup !== null;
}
