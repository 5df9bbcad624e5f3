import { render } from 'preact';
import { App, preloadScreen } from './app/App';
import { parseRoute } from './app/router';
import { eventViews } from './app/event-views';
import { initI18n } from './i18n';
import { getSetting, seedSampleIfEmpty, setSetting } from './store';
import { getPlatform } from './platform';
import { startAppUpdates } from './platform/app-updates';
import { startBackups } from './backup';
import { resumeSync } from './sync';
import { acknowledgeLoss, checkDatabase, type LossCheck, type LossCheckDeps } from './backup/loss-check';
import './styles/app.css';

async function boot(): Promise<void> {
  const route = parseRoute(location.hash);
  // A reload (or a window opened) on a screen fetches that screen's code while the database opens.
  preloadScreen(route);
  // The stage display only mirrors the moderator's window: backups and the database check are that window's job.
  const bare = route.name === 'event' && eventViews.some((v) => v.view === route.view && v.bare);
  // The language and the first-run sample are independent reads: done side by side, not one after the other.
  // The built-in sample is made from the bundled program text the first time the app runs;
  // the extractor and the text load only then, not on every start.
  const lossDeps: LossCheckDeps = {
    storage: getPlatform().backups,
    getDatabaseId: () => getSetting('databaseId'),
    setDatabaseId: (value) => setSetting('databaseId', value),
    now: () => Date.now(),
  };
  const [stored, , loss] = await Promise.all([
    getSetting('uiLanguage').catch(() => undefined),
    seedSampleIfEmpty(async () => {
      const [{ buildSampleBundle }, { default: program }] = await Promise.all([
        import('../core/sample/sample-event'),
        import('../../resources/samples/segundo-conversatorio-metropolitano.txt?raw'),
      ]);
      return buildSampleBundle(program);
    }).catch((error: unknown) => console.error('Could not add the sample event', error)),
    // Whether the database this machine last saw is still the one here (a marker kept outside it).
    (bare ? Promise.resolve<LossCheck>({ status: 'ok' }) : checkDatabase(lossDeps)).catch((error: unknown): LossCheck => {
      console.error('Could not check the database against its marker', error);
      return { status: 'ok' };
    }),
  ]);
  const language = stored === 'en' ? 'en' : 'es';
  initI18n(language);
  getPlatform().setLanguage(language);
  if (!bare) startBackups();
  // Live sync runs in the main window only (the stage display mirrors it through the store).
  if (!bare) void resumeSync().catch((error: unknown) => console.error('Could not resume live sync', error));
  const onLossSeen = () => void acknowledgeLoss(lossDeps).catch((error: unknown) => console.error('Could not update the marker', error));
  render(<App lost={loss.status === 'lost'} onLossSeen={onLossSeen} />, document.getElementById('app')!);
  // Set by vite.web.config.ts: only the browser build has a service worker.
  startAppUpdates({ hasServiceWorker: import.meta.env.RELATOR_SERVICE_WORKER === true, isWeb: getPlatform().kind === 'web' });
}

void boot();
