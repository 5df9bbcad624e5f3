import { lazyScreen, type LazyScreen } from '../components/lazy-screen';
import type { EventViewEntry } from './event-views';

/** `mesaId` is read by the stage display only (the route names the mesa whose stage it is). */
type Props = { eventId: string; mesaId?: string | null };

/** Each event view's screen, loaded on its first visit. */
export const eventScreens: Record<EventViewEntry['view'], LazyScreen<Props>> = {
  capture: lazyScreen<Props>(() => import('../screens/capture/CaptureScreen').then((m) => m.CaptureScreen)),
  moderator: lazyScreen<Props>(() => import('../screens/moderator/ModeratorScreen').then((m) => m.ModeratorScreen)),
  stage: lazyScreen<Props>(() => import('../screens/stage/StageScreen').then((m) => m.StageScreen)),
  report: lazyScreen<Props>(() => import('../screens/report/ReportScreen').then((m) => m.ReportScreen)),
};
