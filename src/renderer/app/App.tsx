import { useEffect, useState } from 'preact/hooks';
import { NoticesProvider } from '../components/Notices';
import { UpdateNotice } from '../components/UpdateNotice';
import { changeLanguage, currentLanguage, useT } from '../i18n';
import { getPlatform } from '../platform';
import { EventScreen } from '../screens/event/EventScreen';
import { LibraryScreen } from '../screens/library/LibraryScreen';
import { lazyScreen } from '../components/lazy-screen';
import { setSetting } from '../store';
import { LossNotice } from '../components/LossNotice';
import { StorageInfo } from '../components/StorageInfo';
import { LANGUAGES, type Language } from '../../core/model/types';
import { eventScreens } from './event-screens';
import { eventViews, type EventViewEntry } from './event-views';
import { onOpenedEventFileWaiting } from './event-files';
import { navigate, useRoute, type Route } from './router';

const SetupScreen = lazyScreen<object>(() => import('../screens/setup/SetupScreen').then((m) => m.SetupScreen));
const BackupsScreen = lazyScreen<object>(() => import('../screens/backups/BackupsScreen').then((m) => m.BackupsScreen));

/** Starts loading the code of the screen `route` shows, so it arrives while the app opens its database. */
export function preloadScreen(route: Route): void {
  if (route.name === 'setup') SetupScreen.preload();
  if (route.name === 'backups') BackupsScreen.preload();
  if (route.name === 'event' && route.view && route.view !== 'overview') eventScreens[route.view].preload();
}

interface Props {
  /** The start found the database wiped or replaced: the newest backups are offered at once. */
  lost?: boolean;
  /** The user has seen the loss (restored or not): the marker may name the new database. */
  onLossSeen?: () => void;
}

export function App({ lost = false, onLossSeen }: Props) {
  const t = useT();
  const route = useRoute();
  const [showLoss, setShowLoss] = useState(lost);
  const platform = getPlatform();
  const eventView = route.name === 'event' ? eventViews.find((v) => v.view === route.view) : undefined;

  // A double-clicked event file is imported in the library, whichever screen is open; one whose
  // import was stopped by leaving the library brings the library back, so it still opens.
  useEffect(() => onOpenedEventFileWaiting(() => navigate({ name: 'library' })), []);

  const onLanguage = async (language: Language) => {
    // Saved first, so the choice survives a reload made right after it; if the database cannot
    // take it, the language still changes for this session.
    await setSetting('uiLanguage', language).catch((error: unknown) => console.error('Could not save the language', error));
    await changeLanguage(language);
    platform.setLanguage(language);
  };

  if (route.name === 'event' && eventView?.bare) {
    const Bare = eventScreens[eventView.view];
    return <Bare eventId={route.eventId} mesaId={route.mesaId ?? null} />;
  }

  return (
    <NoticesProvider dismissLabel={t('app.dismiss')}>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="app-header">
        <div class="brand">
          <a href="#/" class="brand-name">
            {t('app.name')}
          </a>
          <span class="brand-tagline">{t('app.tagline')}</span>
        </div>
        <div class="header-tools">
          <StorageInfo />
          <label class="language-picker">
            <span>{t('app.language')}</span>
            <select value={currentLanguage()} onChange={(e) => void onLanguage((e.currentTarget as HTMLSelectElement).value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      {platform.kind === 'web' && <p class="web-banner">{t('app.webBuild')}</p>}
      {platform.kind === 'web' && <UpdateNotice />}
      <main id="main" tabIndex={-1}>
        {showLoss && (
          <LossNotice
            onDone={() => {
              setShowLoss(false);
              onLossSeen?.();
            }}
          />
        )}
        {route.name === 'library' && <LibraryScreen />}
        {route.name === 'setup' && <SetupScreen />}
        {route.name === 'backups' && <BackupsScreen />}
        {route.name === 'event' &&
          (eventView ? <EventViewScreen view={eventView.view} eventId={route.eventId} /> : <EventScreen eventId={route.eventId} />)}
      </main>
    </NoticesProvider>
  );
}

function EventViewScreen({ view, eventId }: { view: EventViewEntry['view']; eventId: string }) {
  const Screen = eventScreens[view];
  return <Screen eventId={eventId} />;
}
