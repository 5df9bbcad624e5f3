import { describe, expect, it } from 'vitest';
import { followUpdates, type WorkboxLike } from '../../../src/renderer/platform/app-updates';

/** workbox-window's Workbox as the app sees it: events it can fire, and the skip-waiting message. */
class FakeWorkbox implements WorkboxLike {
  private readonly listeners = new Map<string, Array<(event: { isExternal?: boolean }) => void>>();
  skipWaitingMessages = 0;
  addEventListener(type: 'waiting' | 'controlling', listener: (event: { isExternal?: boolean }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: 'waiting' | 'controlling', event: { isExternal?: boolean } = {}): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  messageSkipWaiting(): void {
    this.skipWaitingMessages += 1;
  }
  async register(): Promise<unknown> {
    return undefined;
  }
}

function setUp() {
  const workbox = new FakeWorkbox();
  let reloads = 0;
  let changes = 0;
  const updates = followUpdates(
    workbox,
    () => void (reloads += 1),
    () => void (changes += 1),
  );
  return { workbox, updates, reloads: () => reloads, changes: () => changes };
}

describe('web app updates', () => {
  it('offer nothing until a new version has installed, and applying then does nothing', () => {
    const { workbox, updates, reloads } = setUp();
    expect(updates.state()).toBe('none');
    updates.apply();
    expect(workbox.skipWaitingMessages).toBe(0);
    expect(reloads()).toBe(0);
  });

  it('wait for the user: a new version is offered, and only their choice lets it take over and reloads the page', () => {
    const { workbox, updates, reloads, changes } = setUp();
    workbox.emit('waiting');
    expect(updates.state()).toBe('waiting');
    expect(changes()).toBe(1);
    // Nothing is forced: no message to the worker, no reload, however long the session goes on.
    expect(workbox.skipWaitingMessages).toBe(0);
    expect(reloads()).toBe(0);

    updates.apply();
    expect(workbox.skipWaitingMessages).toBe(1);
    expect(reloads()).toBe(0);
    workbox.emit('controlling');
    expect(reloads()).toBe(1);
  });

  it('when another tab applied the update, this one is not reloaded under the user; updating is then a reload', () => {
    const { workbox, updates, reloads } = setUp();
    workbox.emit('waiting');
    workbox.emit('controlling', { isExternal: true });
    expect(updates.state()).toBe('activated');
    expect(reloads()).toBe(0);
    updates.apply();
    expect(reloads()).toBe(1);
    expect(workbox.skipWaitingMessages).toBe(0);
  });

  it('a first install taking control is no update', () => {
    const { workbox, updates, reloads } = setUp();
    workbox.emit('controlling');
    expect(updates.state()).toBe('none');
    expect(reloads()).toBe(0);
  });
});
