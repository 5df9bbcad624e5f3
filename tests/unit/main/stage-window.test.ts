import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createStageWindows,
  pickStageDisplay,
  stageWindowUrl,
  type DisplayLike,
  type KeyInput,
  type ScreenLike,
  type StageWindowLike,
} from '../../../src/main/stage-window';
import { mainWindowOptions } from '../../../src/main/window';

const PRELOAD = '/opt/relator/out/preload/index.cjs';
const ENTRY = 'app://relator/index.html';
const EVENT_A = '3f0c2a9e-8b1d-4c6e-9a2f-5d7b1e0c4a88';
const EVENT_B = 'b6a1e2d3-4c5f-4a6b-8c7d-9e0f1a2b3c4d';
const TITLE = 'Stage — Relator';
const MESA_1 = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const MESA_2 = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';

const laptop: DisplayLike = { id: 1, workArea: { x: 0, y: 0, width: 1440, height: 870 } };
const projector: DisplayLike = { id: 2, workArea: { x: 1440, y: 0, width: 1920, height: 1080 } };

class FakeStageWindow implements StageWindowLike {
  readonly loaded: string[] = [];
  readonly calls: string[] = [];
  private readonly listeners = new Map<string, () => void>();
  private inputListener?: (event: { preventDefault(): void }, input: KeyInput) => void;
  minimized = false;
  destroyed = false;
  fullScreen = false;
  menu: unknown = 'default menu';
  readonly webContents = {
    on: (_event: 'before-input-event', listener: (event: { preventDefault(): void }, input: KeyInput) => void) => {
      this.inputListener = listener;
    },
  };

  constructor(readonly options: BrowserWindowConstructorOptions) {}
  once(event: string, listener: () => void) {
    this.listeners.set(event, listener);
  }
  on(event: string, listener: () => void) {
    this.listeners.set(event, listener);
  }
  emit(event: 'ready-to-show' | 'closed') {
    if (event === 'closed') this.destroyed = true;
    this.listeners.get(event)?.();
  }
  /** A key press as the page would receive it; true when the window took it. */
  press(key: string): boolean {
    let taken = false;
    this.inputListener?.({ preventDefault: () => (taken = true) }, { type: 'keyDown', key });
    return taken;
  }
  setMenu(menu: null) {
    this.menu = menu;
  }
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  show() {
    this.calls.push('show');
  }
  focus() {
    this.calls.push('focus');
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
    this.calls.push('restore');
  }
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    this.calls.push('close');
    this.emit('closed');
  }
  isFullScreen() {
    return this.fullScreen;
  }
  setFullScreen(flag: boolean) {
    this.fullScreen = flag;
  }
}

function fakeScreen(displays: DisplayLike[]): ScreenLike {
  return {
    getAllDisplays: () => displays,
    getPrimaryDisplay: () => displays[0]!,
    getDisplayMatching: (rect: Rectangle) =>
      displays.find((d) => rect.x >= d.workArea.x && rect.x < d.workArea.x + d.workArea.width) ?? displays[0]!,
  };
}

let created: FakeStageWindow[];
let displays: DisplayLike[];
let moderatorAt: Rectangle | undefined;

function stages() {
  return createStageWindows({
    create: (options) => {
      const window = new FakeStageWindow(options);
      created.push(window);
      return window;
    },
    screen: fakeScreen(displays),
    preloadPath: PRELOAD,
    entryUrl: ENTRY,
    moderatorBounds: () => moderatorAt,
  });
}

beforeEach(() => {
  created = [];
  displays = [laptop];
  moderatorAt = { x: 100, y: 100, width: 1280, height: 840 };
});

describe('opening the stage display', () => {
  it('loads the event stage route in a window as locked down as the main one', () => {
    const window = stages().open(EVENT_A, TITLE);
    expect(created).toHaveLength(1);
    expect(window.loaded).toEqual([`${ENTRY}#/events/${EVENT_A}/stage`]);
    expect(window.options.webPreferences).toEqual(mainWindowOptions(PRELOAD).webPreferences);
    expect(window.options).toMatchObject({ title: TITLE, backgroundColor: '#000', show: false });
    expect(window.menu).toBeNull();
  });

  it('shows the window once it has painted, as an ordinary window when there is one display', () => {
    const window = stages().open(EVENT_A, TITLE);
    expect(window.calls).toEqual([]);
    window.emit('ready-to-show');
    expect(window.calls).toEqual(['show']);
    expect(window.fullScreen).toBe(false);
    expect(window.options).toMatchObject({ width: 960, height: 540 });
    expect(window.options.x).toBeUndefined();
  });

  it('brings the open window forward instead of opening a second one', () => {
    const windows = stages();
    const first = windows.open(EVENT_A, TITLE);
    first.emit('ready-to-show');
    first.minimized = true;
    expect(windows.open(EVENT_A, TITLE)).toBe(first);
    expect(created).toHaveLength(1);
    expect(first.calls).toEqual(['show', 'restore', 'show', 'focus']);
  });

  it('opens one window per event', () => {
    const windows = stages();
    windows.open(EVENT_A, TITLE);
    windows.open(EVENT_B, TITLE);
    windows.open(EVENT_A, TITLE);
    expect(created.map((w) => w.loaded[0])).toEqual([`${ENTRY}#/events/${EVENT_A}/stage`, `${ENTRY}#/events/${EVENT_B}/stage`]);
  });

  it("opens one window per mesa beside the plenary's, each on its mesa's stage route", () => {
    const windows = stages();
    const plenary = windows.open(EVENT_A, TITLE);
    const mesa1 = windows.open(EVENT_A, TITLE, MESA_1);
    const mesa2 = windows.open(EVENT_A, TITLE, MESA_2);
    expect(windows.open(EVENT_A, TITLE, MESA_2)).toBe(mesa2);
    expect(windows.open(EVENT_A, TITLE, null)).toBe(plenary);
    expect(created.map((w) => w.loaded[0])).toEqual([
      `${ENTRY}#/events/${EVENT_A}/stage`,
      `${ENTRY}#/events/${EVENT_A}/stage/${MESA_1}`,
      `${ENTRY}#/events/${EVENT_A}/stage/${MESA_2}`,
    ]);
    mesa1.emit('closed');
    expect(windows.open(EVENT_A, TITLE, MESA_2)).toBe(mesa2);
    expect(windows.open(EVENT_A, TITLE, MESA_1)).not.toBe(mesa1);
  });

  it('opens a fresh window after the user closed the previous one', () => {
    const windows = stages();
    windows.open(EVENT_A, TITLE).emit('closed');
    windows.open(EVENT_A, TITLE);
    expect(created).toHaveLength(2);
  });

  it('closes every stage window with the moderator window', () => {
    const windows = stages();
    const a = windows.open(EVENT_A, TITLE);
    const b = windows.open(EVENT_B, TITLE);
    b.emit('closed'); // already closed by the user: not closed twice
    windows.closeAll();
    expect(a.calls).toEqual(['close']);
    expect(b.calls).toEqual([]);
    windows.open(EVENT_A, TITLE);
    expect(created).toHaveLength(3);
  });
});

describe('on a projector', () => {
  it('goes full screen on the display that is not the moderator’s', () => {
    displays = [laptop, projector];
    const window = stages().open(EVENT_A, TITLE);
    expect(window.options).toMatchObject(projector.workArea);
    window.emit('ready-to-show');
    expect(window.fullScreen).toBe(true);
  });

  it('uses the laptop screen when the moderator works on the external one', () => {
    displays = [laptop, projector];
    moderatorAt = { x: 1600, y: 50, width: 1280, height: 840 };
    expect(stages().open(EVENT_A, TITLE).options).toMatchObject(laptop.workArea);
  });

  it('F11 toggles full screen and Escape leaves it; other keys reach the page', () => {
    displays = [laptop, projector];
    const window = stages().open(EVENT_A, TITLE);
    window.emit('ready-to-show');
    expect(window.press('Escape')).toBe(true);
    expect(window.fullScreen).toBe(false);
    expect(window.press('Escape')).toBe(false);
    expect(window.press('F11')).toBe(true);
    expect(window.fullScreen).toBe(true);
    expect(window.press('a')).toBe(false);
    expect(window.fullScreen).toBe(true);
  });
});

describe('helpers', () => {
  it('puts the stage route on the entry page, dropping any hash', () => {
    expect(stageWindowUrl('http://localhost:5173/', EVENT_A)).toBe(`http://localhost:5173/#/events/${EVENT_A}/stage`);
    expect(stageWindowUrl(`${ENTRY}#/library`, EVENT_A)).toBe(`${ENTRY}#/events/${EVENT_A}/stage`);
  });

  it('picks no external display when there is only one, or when the moderator window is gone uses the primary', () => {
    expect(pickStageDisplay(fakeScreen([laptop]), undefined)).toBeNull();
    expect(pickStageDisplay(fakeScreen([laptop, projector]), undefined)).toBe(projector);
  });
});
