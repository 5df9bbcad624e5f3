import type { Id } from '../../core/model/types';
import { routeHref } from '../app/router';
import { i18n } from '../i18n';
import { getPlatform } from '../platform';

/** The stage display's address, next to the current page (works from file:// and http alike). */
export function stageUrl(eventId: Id, mesaId: Id | null, current: string = location.href): string {
  return current.replace(/#.*$/, '') + routeHref({ name: 'event', eventId, view: 'stage', mesaId });
}

/**
 * Opens (or brings forward) the stage display of the plenary (mesaId null) or of one mesa, each in
 * its own window; false if the browser blocked it.
 */
export function openStageWindow(eventId: Id, mesaId: Id | null, mesaName: string | null): Promise<boolean> {
  const title = mesaName === null ? i18n.t('moderator.stage.title') : i18n.t('moderator.stage.titleMesa', { name: mesaName });
  return getPlatform().openStageWindow({ eventId, mesaId, url: stageUrl(eventId, mesaId), title });
}
