import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';

type Loader<P> = () => Promise<FunctionComponent<P>>;

/** A lazily loaded screen; `preload()` starts fetching its code ahead of the first render (e.g. at start-up). */
export type LazyScreen<P> = FunctionComponent<P> & { preload: () => void };

/**
 * A screen whose code loads on first visit, so the app starts with only the library's code
 * (the capture, moderator, setup and report screens bring markdown-it, workers and more).
 * Once loaded, the module stays cached and later visits render at once.
 */
export function lazyScreen<P extends object>(load: Loader<P>): LazyScreen<P> {
  let loaded: FunctionComponent<P> | null = null;
  let pending: Promise<FunctionComponent<P>> | null = null;
  const start = () => (pending ??= load().then((component) => (loaded = component)));
  const LazyScreen: FunctionComponent<P> = (props) => {
    const t = useT();
    const [Screen, setScreen] = useState<FunctionComponent<P> | null>(() => loaded);
    const [failed, setFailed] = useState<string | null>(null);
    useEffect(() => {
      if (Screen) return;
      let alive = true;
      start().then(
        (component) => alive && setScreen(() => component),
        (error: unknown) => {
          pending = null; // let a later visit try again
          if (alive) setFailed(error instanceof Error ? error.message : String(error));
        },
      );
      return () => {
        alive = false;
      };
    }, [Screen]);
    if (failed) return <p role="alert">{t('errors.unknown', { message: failed })}</p>;
    if (!Screen) return <p class="loading">{t('app.loading')}</p>;
    return <Screen {...props} />;
  };
  return Object.assign(LazyScreen, {
    preload: () => void start().catch(() => undefined), // a failure shows when the screen renders
  });
}
