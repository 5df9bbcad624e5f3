import { render } from 'preact';
import { App, preloadScreen } from './app/App';
import { parseRoute } from './app/router';
import { initI18n } from './i18n';
import { getPlatform } from './platform';
import { startAppUpdates } from './platform/app-updates';
import { getSetting, seedSampleIfEmpty } from './store';
import './styles/app.css';

async function boot(): Promise<void> {
  // A reload (or a window opened) on a screen fetches that screen's code while the database opens.
  preloadScreen(parseRoute(location.hash));
  // The language and the first-run sample are independent reads: done side by side, not one after the other.
  // The built-in sample is made from the bundled program text the first time the app runs;
  // the extractor and the text load only then, not on every start.
  const [stored] = await Promise.all([
    getSetting('uiLanguage').catch(() => undefined),
    seedSampleIfEmpty(async () => {
      const [{ buildSampleBundle }, { default: program }] = await Promise.all([
        import('../core/sample/sample-event'),
        import('../../resources/samples/segundo-conversatorio-metropolitano.txt?raw'),
      ]);
      return buildSampleBundle(program);
    }).catch((error: unknown) => console.error('Could not add the sample event', error)),
  ]);
  const language = stored === 'en' ? 'en' : 'es';
  initI18n(language);
  getPlatform().setLanguage(language);
  render(<App />, document.getElementById('app')!);
  // Set by vite.web.config.ts: only the browser build has a service worker.
  startAppUpdates({ hasServiceWorker: import.meta.env.RELATOR_SERVICE_WORKER === true, isWeb: getPlatform().kind === 'web' });
}

void boot();
