import type { FunctionComponent } from 'preact';
import { lazyScreen } from '../components/lazy-screen';
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

type Props = { eventId: string };
const CaptureScreen = lazyScreen<Props>(() => import('../screens/capture/CaptureScreen').then((m) => m.CaptureScreen));
const ModeratorScreen = lazyScreen<Props>(() => import('../screens/moderator/ModeratorScreen').then((m) => m.ModeratorScreen));
const StageScreen = lazyScreen<Props>(() => import('../screens/stage/StageScreen').then((m) => m.StageScreen));
const ReportScreen = lazyScreen<Props>(() => import('../screens/report/ReportScreen').then((m) => m.ReportScreen));

export const eventViews: EventViewEntry[] = [
  { view: 'capture', labelKey: 'capture.tab', component: CaptureScreen },
  { view: 'moderator', labelKey: 'moderator.tab', component: ModeratorScreen },
  { view: 'stage', labelKey: 'moderator.stage.heading', component: StageScreen, bare: true },
  { view: 'report', labelKey: 'report.tab', component: ReportScreen },
];
