/**
 * Holds the app's quit until the renderer has written its last backups, or `timeoutMs` passed:
 * a quit never hangs on a renderer that does not answer.
 */
export interface QuitBackupDeps {
  /** Asks the main window to write its last backups; false when there is no window to ask. */
  request(): boolean;
  /** Quits again, once the backups are done. */
  quit(): void;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  timeoutMs?: number;
}

export function createQuitBackup(deps: QuitBackupDeps) {
  let state: 'idle' | 'waiting' | 'done' = 'idle';
  let timer: unknown;

  const finish = (): void => {
    if (state !== 'waiting') return;
    state = 'done';
    deps.clearTimeout(timer);
    deps.quit();
  };

  return {
    /** For app.on('before-quit'): the first quit waits for the renderer; the one after it goes through. */
    beforeQuit(event: { preventDefault(): void }): void {
      if (state === 'done') return;
      if (state === 'idle' && !deps.request()) {
        state = 'done';
        return;
      }
      event.preventDefault();
      if (state === 'waiting') return;
      state = 'waiting';
      timer = deps.setTimeout(finish, deps.timeoutMs ?? 20_000);
    },
    /** The renderer's answer. */
    done: finish,
  };
}
