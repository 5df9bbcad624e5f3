import { render } from 'preact';
import sampleProgram from '../../resources/samples/segundo-conversatorio-metropolitano.txt?raw';
import { buildSampleBundle } from '../core/sample/sample-event';
import { App } from './app/App';
import { initI18n } from './i18n';
import { getSetting, seedSampleIfEmpty } from './store';
import './styles/app.css';

async function boot(): Promise<void> {
  const stored = await getSetting('uiLanguage').catch(() => undefined);
  initI18n(stored === 'en' ? 'en' : 'es');
  // The built-in sample is made from the bundled program text the first time the app runs.
  await seedSampleIfEmpty(() => buildSampleBundle(sampleProgram)).catch((error: unknown) =>
    console.error('Could not add the sample event', error),
  );
  render(<App />, document.getElementById('app')!);
}

void boot();
