import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers } from '../../../src/main/ipc/register';
import { createBridge, exposeBridge, type InvokeOnly, type ListenOnly } from '../../../src/preload/bridge';
import { IPC_CHANNELS, IPC_EVENTS, QUIT_BACKUP_CHANNEL, type OpenStageWindowRequest } from '../../../src/shared/bridge';
import { createOpenedFiles, type OpenedFiles } from '../../../src/main/open-files';
import { writeFile } from 'node:fs/promises';
import { bridgeErrorCode } from '../../../src/shared/bridge-errors';
import {
  BACKUP_FOLDER,
  FakeDialog,
  FakeIpcMain,
  FakeShell,
  foreignEvent,
  handlerDeps,
  memoryBackups,
  nodeFs,
  ourEvent,
  policy,
} from '../main/fakes';
import type { InvokeEventLike } from '../../../src/main/ipc/sender';

const EVENT_ID = '3f0c2a9e-8b1d-4c6e-9a2f-5d7b1e0c4a88';

/** ipcRenderer's on/removeListener: Electron calls a listener with its event object first. */
class Listeners implements ListenOnly {
  readonly listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  on(channel: string, listener: (...args: unknown[]) => void): void {
    this.listeners.set(channel, (this.listeners.get(channel) ?? new Set()).add(listener));
  }
  removeListener(channel: string, listener: (...args: unknown[]) => void): void {
    this.listeners.get(channel)?.delete(listener);
  }
  /** What webContents.send(channel) from the main process does on this side. */
  send(channel: string): void {
    const event = { sender: this, senderId: 0 };
    for (const listener of this.listeners.get(channel) ?? []) listener(event);
  }
}

class RecordingIpc extends Listeners implements InvokeOnly {
  readonly calls: Array<{ channel: string; args: unknown[] }> = [];
  reply: unknown = null;
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.calls.push({ channel, args });
    return this.reply;
  }
}

/** ipcRenderer talking to the fake main process, wrapping rejections the way Electron does. */
function connectedIpc(ipcMain: FakeIpcMain, event: InvokeEventLike, listeners = new Listeners()): InvokeOnly & ListenOnly {
  return {
    on: (channel, listener) => listeners.on(channel, listener),
    removeListener: (channel, listener) => listeners.removeListener(channel, listener),
    async invoke(channel, ...args) {
      try {
        return await ipcMain.invoke(event, channel, ...args);
      } catch (error) {
        throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, { cause: error });
      }
    },
  };
}

describe('createBridge', () => {
  it('calls each fixed channel with exactly one argument', async () => {
    const ipc = new RecordingIpc();
    const bridge = createBridge(ipc);
    const request = { title: 'Abrir', filters: [{ name: 'J', extensions: ['json'] }] };
    await bridge.openFile(request);
    await bridge.saveFile({ ...request, suggestedName: 'a.json', data: '{}' });
    await bridge.openExternal('https://example.org/');
    await bridge.openStageWindow({ eventId: EVENT_ID, title: 'Escenario — Relator' });
    await bridge.takeOpenedFile();
    await bridge.setLanguage('en');
    expect(ipc.calls.map((call) => call.channel)).toEqual([
      IPC_CHANNELS.openFile,
      IPC_CHANNELS.saveFile,
      IPC_CHANNELS.openExternal,
      IPC_CHANNELS.openStageWindow,
      IPC_CHANNELS.takeOpenedFile,
      IPC_CHANNELS.setLanguage,
    ]);
    expect(ipc.calls.map((call) => call.args.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(ipc.calls[3]?.args[0]).toEqual({ eventId: EVENT_ID, title: 'Escenario — Relator' });
    expect(ipc.calls[0]?.args[0]).toEqual(request);
  });

  it('carries the live-sync hosting calls on their channels', async () => {
    const ipc = new RecordingIpc();
    const bridge = createBridge(ipc);
    await bridge.hostSync({ eventId: EVENT_ID, joinCode: 'x'.repeat(22) });
    await bridge.stopHostingSync({ eventId: EVENT_ID });
    await bridge.syncHostStatus();
    expect(ipc.calls.map((call) => [call.channel, ...call.args])).toEqual([
      [IPC_CHANNELS.hostSync, { eventId: EVENT_ID, joinCode: 'x'.repeat(22) }],
      [IPC_CHANNELS.stopHostingSync, { eventId: EVENT_ID }],
      [IPC_CHANNELS.syncHostStatus, undefined],
    ]);
  });

  it('cannot be altered by the page', () => {
    const bridge = createBridge(new RecordingIpc());
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});

describe('quit backup', () => {
  it('runs the page’s callback when the main process asks, then tells it the backups are done', async () => {
    const ipc = new RecordingIpc();
    const bridge = createBridge(ipc);
    let written = false;
    bridge.onQuitBackup(async () => {
      written = true;
    });
    ipc.send(QUIT_BACKUP_CHANNEL);
    await vi.waitFor(() => expect(ipc.calls.map((c) => c.channel)).toEqual([IPC_CHANNELS.quitBackupDone]));
    expect(written).toBe(true);
  });

  it('answers even when the page’s backups fail', async () => {
    const ipc = new RecordingIpc();
    createBridge(ipc).onQuitBackup(async () => {
      throw new Error('disk full');
    });
    ipc.send(QUIT_BACKUP_CHANNEL);
    await vi.waitFor(() => expect(ipc.calls.map((c) => c.channel)).toEqual([IPC_CHANNELS.quitBackupDone]));
  });
});

describe('exposeBridge', () => {
  it('exposes only the bridge functions, under window.relator', () => {
    const exposed: Array<{ key: string; api: unknown }> = [];
    const ipc = new RecordingIpc();
    exposeBridge({ exposeInMainWorld: (key, api) => exposed.push({ key, api }) }, ipc);
    expect(exposed).toHaveLength(1);
    // Where the renderer looks for it (window.relator, declared in src/shared/bridge.ts).
    expect(exposed[0]?.key).toBe('relator' satisfies keyof Window);
    const api = exposed[0]?.api as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([
      'backupLocation',
      'chooseBackupFolder',
      'hostSync',
      'listBackups',
      'onFileOpened',
      'onQuitBackup',
      'openExternal',
      'openFile',
      'openStageWindow',
      'printPdf',
      'readBackup',
      'readDatabaseMarker',
      'resetBackupFolder',
      'saveFile',
      'setLanguage',
      'stopHostingSync',
      'syncHostStatus',
      'takeOpenedFile',
      'writeBackup',
      'writeDatabaseMarker',
    ]);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    // Nothing reaches ipcRenderer itself: no property holds it, and no function returns it.
    expect(Object.values(api)).not.toContain(ipc);
  });

  it('tells the page that a file was opened without handing it Electron’s event (which holds ipcRenderer)', () => {
    const ipc = new RecordingIpc();
    const bridge = createBridge(ipc);
    const received: unknown[][] = [];
    const stop = bridge.onFileOpened((...args: unknown[]) => received.push(args));
    ipc.send(IPC_EVENTS.fileOpened);
    expect(received).toEqual([[]]);
    stop();
    ipc.send(IPC_EVENTS.fileOpened);
    expect(received).toHaveLength(1);
    expect(ipc.listeners.get(IPC_EVENTS.fileOpened)?.size).toBe(0);
  });
});

describe('round trip through the real main handlers', () => {
  let dir: string;
  let ipcMain: FakeIpcMain;
  let dialog: FakeDialog;
  let shell: FakeShell;
  let stages: OpenStageWindowRequest[];
  let opened: OpenedFiles;
  let notified: number;
  let menuLanguages: string[];

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'relator-bridge-'));
    ipcMain = new FakeIpcMain();
    dialog = new FakeDialog();
    shell = new FakeShell();
    stages = [];
    notified = 0;
    opened = createOpenedFiles(nodeFs, () => void (notified += 1));
    menuLanguages = [];
    registerIpcHandlers(ipcMain, policy, handlerDeps(dialog, shell, undefined, dir, stages, opened, menuLanguages));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('saves a file and opens it again', async () => {
    const bridge = createBridge(connectedIpc(ipcMain, ourEvent()));
    const filters = [{ name: 'Relator', extensions: ['json'] }];
    dialog.savePath = join(dir, 'evento.relator.json');
    expect(await bridge.saveFile({ title: 'Guardar', suggestedName: 'evento.relator.json', filters, data: '{"sesión":1}' })).toEqual({
      path: dialog.savePath,
    });
    expect(await readFile(dialog.savePath, 'utf8')).toBe('{"sesión":1}');
    dialog.openPath = dialog.savePath;
    const opened = await bridge.openFile({ title: 'Abrir', filters });
    expect(opened?.name).toBe('evento.relator.json');
    expect(new TextDecoder().decode(opened?.bytes)).toBe('{"sesión":1}');
    await bridge.openExternal('mailto:relatoria@example.org');
    expect(shell.opened).toEqual(['mailto:relatoria@example.org']);
  });

  it('hands the renderer a clean error that still carries its code', async () => {
    const bridge = createBridge(connectedIpc(ipcMain, ourEvent()));
    const error = await bridge.openExternal('javascript:alert(1)').catch((e: unknown) => e as Error);
    expect(bridgeErrorCode(error)).toBe('invalid-argument');
    expect((error as Error).message).toMatch(/^\[relator:invalid-argument\] only http, https and mailto/);
  });

  it('fails for a caller that is not our window', async () => {
    const bridge = createBridge(connectedIpc(ipcMain, foreignEvent()));
    const error = await bridge.openExternal('https://example.org/').catch((e: unknown) => e);
    expect(bridgeErrorCode(error)).toBe('forbidden-sender');
    expect(shell.opened).toEqual([]);
  });

  it('opens the stage display of an event, and refuses an id that is not one', async () => {
    const bridge = createBridge(connectedIpc(ipcMain, ourEvent()));
    const request = { eventId: EVENT_ID, title: 'Stage — Relator' };
    await bridge.openStageWindow(request);
    expect(stages).toEqual([request]);
    const error = await bridge.openStageWindow({ eventId: '../../settings', title: 'x' }).catch((e: unknown) => e as Error);
    expect(bridgeErrorCode(error)).toBe('invalid-argument');
    expect((error as Error).message).toBe('[relator:invalid-argument] eventId must be a UUID');
    expect(stages).toEqual([request]);
  });

  it('does not let another window open a stage display', async () => {
    const bridge = createBridge(connectedIpc(ipcMain, foreignEvent()));
    expect(bridgeErrorCode(await bridge.openStageWindow({ eventId: EVENT_ID, title: 'x' }).catch((e: unknown) => e))).toBe(
      'forbidden-sender',
    );
    expect(stages).toEqual([]);
  });

  it('hands over a double-clicked event file once, as bytes, and only to our window', async () => {
    const file = join(dir, 'Foro de movilidad.relator.json');
    await writeFile(file, '{"formato":"relator"}');
    const bridge = createBridge(connectedIpc(ipcMain, ourEvent()));
    expect(await bridge.takeOpenedFile()).toBeNull();
    opened.add([file]);
    opened.add([file]);
    expect(notified).toBe(1);
    expect(
      bridgeErrorCode(
        await createBridge(connectedIpc(ipcMain, foreignEvent()))
          .takeOpenedFile()
          .catch((e: unknown) => e),
      ),
    ).toBe('forbidden-sender');
    const taken = await bridge.takeOpenedFile();
    expect(taken?.name).toBe('Foro de movilidad.relator.json');
    expect(new TextDecoder().decode(taken?.bytes)).toBe('{"formato":"relator"}');
    expect(await bridge.takeOpenedFile()).toBeNull();
  });

  it('says plainly when an opened file is gone, and refuses a path offered by the page', async () => {
    const bridge = createBridge(connectedIpc(ipcMain, ourEvent()));
    opened.add([join(dir, 'borrado.relator.json')]);
    expect(bridgeErrorCode(await bridge.takeOpenedFile().catch((e: unknown) => e))).toBe('not-found');
    const event = ourEvent();
    await expect(ipcMain.invoke(event, IPC_CHANNELS.takeOpenedFile, '/etc/passwd')).rejects.toThrow(/invalid-argument/);
  });

  it('sets the menu language to one the app speaks, and nothing else', async () => {
    const bridge = createBridge(connectedIpc(ipcMain, ourEvent()));
    await bridge.setLanguage('en');
    expect(menuLanguages).toEqual(['en']);
    const error = await bridge.setLanguage('fr' as 'en').catch((e: unknown) => e);
    expect(bridgeErrorCode(error)).toBe('invalid-argument');
    expect(
      bridgeErrorCode(
        await createBridge(connectedIpc(ipcMain, foreignEvent()))
          .setLanguage('es')
          .catch((e: unknown) => e),
      ),
    ).toBe('forbidden-sender');
    expect(menuLanguages).toEqual(['en']);
  });

  it('writes, lists and reads back a backup, and refuses a name that is not one', async () => {
    const backups = memoryBackups();
    const ipc = new FakeIpcMain();
    registerIpcHandlers(
      ipc,
      policy,
      handlerDeps(new FakeDialog(), new FakeShell(), undefined, dir, [], undefined, [], [], backups.service),
    );
    const bridge = createBridge(connectedIpc(ipc, ourEvent()));
    const data = new TextEncoder().encode('{"format":"relator-event"}');
    const entry = await bridge.writeBackup({ eventId: EVENT_ID, title: 'Foro', data });
    expect(await bridge.listBackups()).toEqual([entry]);
    expect(await bridge.readBackup(entry.name)).toEqual(data);
    expect(backups.fs.list(BACKUP_FOLDER)).toEqual([entry.name]);
    for (const name of ['../database-marker.json', `../${entry.name}`, 'notes.txt']) {
      expect(bridgeErrorCode(await bridge.readBackup(name).catch((e: unknown) => e))).toBe('invalid-argument');
    }
    const asText = await bridge.writeBackup({ eventId: EVENT_ID, title: 'x', data: 'text' as never }).catch((e: unknown) => e);
    expect(bridgeErrorCode(asText)).toBe('invalid-argument');
    const badId = await bridge.writeBackup({ eventId: '../x', title: 'x', data }).catch((e: unknown) => e);
    expect(bridgeErrorCode(badId)).toBe('invalid-argument');
  });

  it('chooses the backups folder with a folder dialog, and keeps the marker', async () => {
    const backups = memoryBackups();
    const ipc = new FakeIpcMain();
    const folderDialog = new FakeDialog();
    registerIpcHandlers(ipc, policy, handlerDeps(folderDialog, new FakeShell(), undefined, dir, [], undefined, [], [], backups.service));
    const bridge = createBridge(connectedIpc(ipc, ourEvent()));
    expect(await bridge.chooseBackupFolder({ title: 'Carpeta' })).toBeNull();
    folderDialog.openPath = '/media/usb/copias';
    expect(await bridge.chooseBackupFolder({ title: 'Carpeta' })).toEqual({ path: '/media/usb/copias', isDefault: false });
    expect(folderDialog.calls[0]?.options).toMatchObject({ properties: ['openDirectory', 'createDirectory'], defaultPath: BACKUP_FOLDER });
    expect(await bridge.backupLocation()).toEqual({ path: '/media/usb/copias', isDefault: false });
    expect(await bridge.resetBackupFolder()).toEqual({ path: BACKUP_FOLDER, isDefault: true });

    expect(await bridge.readDatabaseMarker()).toBeNull();
    const marker = { databaseId: EVENT_ID, savedAt: '2026-12-02T10:00:00.000Z' };
    await bridge.writeDatabaseMarker(marker);
    expect(await bridge.readDatabaseMarker()).toEqual(marker);
    expect(bridgeErrorCode(await bridge.writeDatabaseMarker({ databaseId: 'x', savedAt: '' }).catch((e: unknown) => e))).toBe(
      'invalid-argument',
    );
  });

  it('lets the quit go on once the page says its backups are written', async () => {
    const ipc = new FakeIpcMain();
    let done = 0;
    registerIpcHandlers(
      ipc,
      policy,
      handlerDeps(new FakeDialog(), new FakeShell(), undefined, dir, [], undefined, [], [], undefined, () => (done += 1)),
    );
    await ipc.invoke(ourEvent(), IPC_CHANNELS.quitBackupDone);
    expect(done).toBe(1);
    await expect(ipc.invoke(foreignEvent(), IPC_CHANNELS.quitBackupDone)).rejects.toThrow(/forbidden-sender/);
    expect(done).toBe(1);
  });
});
