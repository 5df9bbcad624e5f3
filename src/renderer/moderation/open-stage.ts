import type { Id } from '../../core/model/types';
import { routeHref } from '../app/router';
import { i18n } from '../i18n';
import { getPlatform } from '../platform';

/** The stage display's address, next to the current page (works from file:// and http alike). */
export function stageUrl(eventId: Id, current: string = location.href): string {
  return current.replace(/#.*$/, '') + routeHref({ name: 'event', eventId, view: 'stage' });
}

/** Opens (or brings forward) the stage display; false if the browser blocked it. */
export function openStageWindow(eventId: Id): Promise<boolean> {
  return getPlatform().openStageWindow({ eventId, url: stageUrl(eventId), title: i18n.t('moderator.stage.title') });
}
