import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { stageWindowOptions } from './window';

/*
 * Structural slices of Electron's BrowserWindow and screen: what the stage display touches, so
 * it can be checked against small fakes. The real objects satisfy these types.
 */
export interface KeyInput {
  type: string;
  key: string;
}

export interface StageWindowLike {
  readonly webContents: {
    on(event: 'before-input-event', listener: (event: { preventDefault(): void }, input: KeyInput) => void): unknown;
  };
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  setMenu(menu: null): void;
  loadURL(url: string): Promise<void>;
  show(): void;
  focus(): void;
  isMinimized(): boolean;
  restore(): void;
  isDestroyed(): boolean;
  close(): void;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
}

export interface DisplayLike {
  id: number;
  workArea: Rectangle;
}

export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getPrimaryDisplay(): DisplayLike;
  getDisplayMatching(rect: Rectangle): DisplayLike;
}

export interface StageWindowDeps<W extends StageWindowLike> {
  create(options: BrowserWindowConstructorOptions): W;
  screen: ScreenLike;
  preloadPath: string;
  /** Whether DevTools may open (a development run only). */
  devTools?: boolean;
  /** The renderer's entry page (file or dev server); the stage route is added as its hash. */
  entryUrl: string;
  /** Where the moderator's window is now; undefined when it is gone. */
  moderatorBounds(): Rectangle | undefined;
}

export interface StageWindows<W> {
  /**
   * Opens the stage display of the event's plenary (`mesaId` null) or of one of its mesas, or
   * brings the one already open forward. `title` is in the UI's language (the renderer knows it);
   * the page replaces it with its own once loaded.
   */
  open(eventId: string, title: string, mesaId?: string | null): W;
  /** Closes every stage display (the moderator's window closed). */
  closeAll(): void;
}

/** The stage route on the app's entry page; the ids have been validated as UUIDs before. */
export function stageWindowUrl(entryUrl: string, eventId: string, mesaId: string | null = null): string {
  const stage = `${entryUrl.replace(/#.*$/, '')}#/events/${encodeURIComponent(eventId)}/stage`;
  return mesaId === null ? stage : `${stage}/${encodeURIComponent(mesaId)}`;
}

/**
 * A display other than the moderator's, where the room can see the stage (a projector or TV);
 * null when there is only one screen. The moderator's display is the one showing their window,
 * which need not be the primary one.
 */
export function pickStageDisplay(screen: ScreenLike, moderatorBounds: Rectangle | undefined): DisplayLike | null {
  const displays = screen.getAllDisplays();
  if (displays.length < 2) return null;
  const moderator = moderatorBounds ? screen.getDisplayMatching(moderatorBounds) : screen.getPrimaryDisplay();
  return displays.find((display) => display.id !== moderator.id) ?? null;
}

/**
 * One stage window per event and mesa (a forum with mesas may project each in its room). On another display it goes full screen, since the audience
 * should see nothing but the time; with one display it is an ordinary window beside the app.
 * The menu is removed (no reload or dev tools shortcut on a projector), so F11 toggles full
 * screen and Escape leaves it.
 */
export function createStageWindows<W extends StageWindowLike>(deps: StageWindowDeps<W>): StageWindows<W> {
  const open = new Map<string, W>();

  function bringForward(window: W): W {
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
    return window;
  }

  return {
    open(eventId, title, mesaId = null) {
      const key = mesaId === null ? eventId : `${eventId}/${mesaId}`;
      const existing = open.get(key);
      if (existing && !existing.isDestroyed()) return bringForward(existing);

      const display = pickStageDisplay(deps.screen, deps.moderatorBounds());
      const window = deps.create(stageWindowOptions(deps.preloadPath, title, display?.workArea, deps.devTools));
      open.set(key, window);
      window.setMenu(null);
      window.on('closed', () => {
        if (open.get(key) === window) open.delete(key);
      });
      window.once('ready-to-show', () => {
        window.show();
        if (display) window.setFullScreen(true);
      });
      window.webContents.on('before-input-event', (event, input) => {
        if (input.type !== 'keyDown') return;
        if (input.key === 'F11') window.setFullScreen(!window.isFullScreen());
        else if (input.key === 'Escape' && window.isFullScreen()) window.setFullScreen(false);
        else return;
        event.preventDefault();
      });
      window
        .loadURL(stageWindowUrl(deps.entryUrl, eventId, mesaId))
        .catch((error: unknown) => console.error('stage window failed to load', error));
      return window;
    },

    closeAll() {
      for (const window of open.values()) if (!window.isDestroyed()) window.close();
      open.clear();
    },
  };
}
