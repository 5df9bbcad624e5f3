import type { MessageKey } from '../i18n';
import type { EventView } from './router';

/**
 * The screens of one event beyond its overview (capture, moderator, stage, report), each with the
 * i18n key of its tab. The components themselves are in event-screens.ts, so the tabs (shown by
 * every screen) do not import the screens they link to.
 */
export interface EventViewEntry {
  view: Exclude<EventView, 'overview'>;
  labelKey: MessageKey;
  /** Shown without the app's header and tabs, and without a tab (the stage display: its own window). */
  bare?: boolean;
}

export const eventViews: readonly EventViewEntry[] = [
  { view: 'capture', labelKey: 'capture.tab' },
  { view: 'moderator', labelKey: 'moderator.tab' },
  { view: 'stage', labelKey: 'moderator.stage.heading', bare: true },
  { view: 'report', labelKey: 'report.tab' },
];
