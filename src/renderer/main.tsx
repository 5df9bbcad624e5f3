import { render } from 'preact';
import { App } from './app/App';
import { initI18n } from './i18n';
import { getSetting, seedSampleIfEmpty } from './store';
import './styles/app.css';

async function boot(): Promise<void> {
  const stored = await getSetting('uiLanguage').catch(() => undefined);
  initI18n(stored === 'en' ? 'en' : 'es');
  // The built-in sample is made from the bundled program text the first time the app runs;
  // the extractor and the text load only then, not on every start.
  await seedSampleIfEmpty(async () => {
    const [{ buildSampleBundle }, { default: program }] = await Promise.all([
      import('../core/sample/sample-event'),
      import('../../resources/samples/segundo-conversatorio-metropolitano.txt?raw'),
    ]);
    return buildSampleBundle(program);
  }).catch((error: unknown) => console.error('Could not add the sample event', error));
  render(<App />, document.getElementById('app')!);
}

void boot();
