import type { FunctionComponent } from 'preact';
import { CaptureScreen } from '../screens/capture/CaptureScreen';
import { ReportScreen } from '../screens/report/ReportScreen';
import { ModeratorScreen } from '../screens/moderator/ModeratorScreen';
import { StageScreen } from '../screens/stage/StageScreen';
import type { EventView } from './router';

/**
 * The screens of one event beyond its overview (capture, moderator, stage, report), each
 * registered here with the i18n key of its tab. The stage display has no tab: it opens in
 * its own window.
 */
export interface EventViewEntry {
  view: Exclude<EventView, 'overview'>;
  labelKey: string;
  component: FunctionComponent<{ eventId: string }>;
  /** Shown without the app's header and tabs (the stage display). */
  bare?: boolean;
}

export const eventViews: EventViewEntry[] = [
  { view: 'capture', labelKey: 'capture.tab', component: CaptureScreen },
  { view: 'moderator', labelKey: 'moderator.tab', component: ModeratorScreen },
  { view: 'stage', labelKey: 'moderator.stage.heading', component: StageScreen, bare: true },
  { view: 'report', labelKey: 'report.tab', component: ReportScreen },
];
