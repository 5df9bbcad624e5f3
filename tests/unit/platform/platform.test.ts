import { describe, expect, it } from 'vitest';
import { choosePlatform } from '../../../src/renderer/platform';
import { createElectronPlatform } from '../../../src/renderer/platform/platform.electron';
import { acceptAttribute, createWebPlatform, type WebHost } from '../../../src/renderer/platform/platform.web';
import type { OpenFileRequest, RelatorBridge, SaveFileRequest } from '../../../src/shared/bridge';
import { bridgeErrorCode } from '../../../src/shared/bridge-errors';

const filters = [{ name: 'Relator', extensions: ['json'] }];

function fakeBridge(saved: { path: string } | null = { path: '/tmp/a.json' }) {
  const calls: Array<[string, unknown]> = [];
  const bridge: RelatorBridge = {
    openFile: async (request: OpenFileRequest) => (calls.push(['open', request]), { name: 'a.json', bytes: new Uint8Array([0x7b, 0x7d]) }),
    saveFile: async (request: SaveFileRequest) => (calls.push(['save', request]), saved),
    openExternal: async (url: string) => void calls.push(['external', url]),
    openStageWindow: async (request) => void calls.push(['stage', request]),
    takeOpenedFile: async () => (calls.push(['take', undefined]), { name: 'foro.relator.json', bytes: new Uint8Array([0x7b, 0x7d]) }),
    onFileOpened: (listener) => (calls.push(['listen', listener]), () => void calls.push(['unlisten', listener])),
    setLanguage: async (language) => void calls.push(['language', language]),
    printPdf: async (request) => {
      calls.push(['print', request]);
      return new Uint8Array([37, 80, 68, 70]);
    },
    backupLocation: async () => (
      calls.push(['backupLocation', null]),
      { path: '/home/ana/Documentos/Relator/Copias de seguridad', isDefault: true }
    ),
    chooseBackupFolder: async (request) => (calls.push(['chooseBackupFolder', request]), null),
    resetBackupFolder: async () => ({ path: '/home/ana/Documentos/Relator/Copias de seguridad', isDefault: true }),
    writeBackup: async (request) => (
      calls.push(['writeBackup', request]),
      { name: 'x', eventId: request.eventId, label: request.title, takenAt: '2026-12-02T10:00:00.000Z', size: request.data.byteLength }
    ),
    listBackups: async () => [],
    readBackup: async () => new Uint8Array(),
    readDatabaseMarker: async () => null,
    writeDatabaseMarker: async (marker) => void calls.push(['writeDatabaseMarker', marker]),
    onQuitBackup: (callback) => void calls.push(['onQuitBackup', typeof callback]),
    hostSync: async (request) => (
      calls.push(['hostSync', request]),
      { port: 41234, addresses: ['192.168.1.20'], link: 'http://192.168.1.20:41234/?join=x&code=y', localUrl: 'ws://127.0.0.1:41234/sync' }
    ),
    stopHostingSync: async (request) => void calls.push(['stopHostingSync', request]),
    syncHostStatus: async () => (calls.push(['syncHostStatus', undefined]), { hosting: true, port: 41234, rooms: ['x'] }),
  };
  return { bridge, calls };
}

describe('electron platform', () => {
  it('goes through the bridge and reports a cancelled save as false', async () => {
    const { bridge, calls } = fakeBridge(null);
    const platform = createElectronPlatform(bridge);
    expect(platform.kind).toBe('electron');
    expect(await platform.pickFile({ title: 'Abrir', filters })).toEqual({ name: 'a.json', size: 2, data: new Uint8Array([0x7b, 0x7d]) });
    expect(await platform.saveFile({ title: 'Guardar', suggestedName: 'a.json', filters, mime: 'application/json', data: '{}' })).toBe(
      false,
    );
    platform.openExternal('https://example.org/');
    // The mime type is for browser downloads only; it does not cross the bridge.
    expect(calls).toEqual([
      ['open', { title: 'Abrir', filters }],
      ['save', { title: 'Guardar', suggestedName: 'a.json', filters, data: '{}' }],
      ['external', 'https://example.org/'],
    ]);
  });

  it('describes the desktop backups folder and writes snapshots through the bridge', async () => {
    const { bridge, calls } = fakeBridge();
    const { backups } = createElectronPlatform(bridge);
    expect(await backups.place()).toEqual({
      kind: 'disk-folder',
      path: '/home/ana/Documentos/Relator/Copias de seguridad',
      isDefault: true,
      needsPermission: false,
      canChoose: true,
    });
    expect(await backups.chooseFolder('Carpeta')).toBeNull();
    const data = new Uint8Array([1, 2, 3]);
    await backups.write({ eventId: 'e', title: 'Foro', data });
    backups.onQuit(async () => undefined);
    expect(calls).toEqual([
      ['backupLocation', null],
      ['chooseBackupFolder', { title: 'Carpeta' }],
      ['writeBackup', { eventId: 'e', title: 'Foro', data }],
      ['onQuitBackup', 'function'],
    ]);
  });

  it('opens the stage display through the bridge, naming the event and the title, never an address', async () => {
    const { bridge, calls } = fakeBridge();
    const eventId = '0b7d8a7e-4a0c-4f4e-9b7a-2f5d7c1e9a10';
    const platform = createElectronPlatform(bridge);
    expect(await platform.openStageWindow({ eventId, mesaId: null, url: 'file:///anything#/x', title: 'Stage — Relator' })).toBe(true);
    const mesaId = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';
    expect(await platform.openStageWindow({ eventId, mesaId, url: 'file:///anything#/x', title: 'Stage — Mesa 2' })).toBe(true);
    expect(calls).toEqual([
      ['stage', { eventId, title: 'Stage — Relator' }],
      ['stage', { eventId, mesaId, title: 'Stage — Mesa 2' }],
    ]);
  });

  it('is chosen when the preload bridge exists', () => {
    expect(choosePlatform(fakeBridge().bridge).kind).toBe('electron');
    expect(choosePlatform(undefined, fakeHost().host).kind).toBe('web');
  });
});

type Listener = () => void;
class FakeElement {
  type = '';
  accept = '';
  hidden = false;
  href = '';
  download = '';
  rel = '';
  files: File[] | null = null;
  attached = false;
  clicks = 0;
  readonly listeners = new Map<string, Listener>();
  onClick: (element: FakeElement) => void = () => undefined;
  constructor(readonly tag: string) {}
  addEventListener(name: string, listener: Listener) {
    this.listeners.set(name, listener);
  }
  click() {
    this.clicks += 1;
    this.onClick(this);
  }
  remove() {
    this.attached = false;
  }
  fire(name: string) {
    this.listeners.get(name)?.();
  }
}

function fakeHost() {
  const created: FakeElement[] = [];
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  const opened: Array<[string, string, string]> = [];
  const timers: Array<() => void> = [];
  let onClick: (element: FakeElement) => void = () => undefined;
  const host = {
    document: {
      createElement: (tag: string) => {
        const element = new FakeElement(tag);
        element.onClick = (el) => onClick(el);
        created.push(element);
        return element;
      },
      body: { append: (element: FakeElement) => void (element.attached = true) },
    },
    createObjectURL: (blob: Blob) => {
      const url = `blob:relator/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string) => void revoked.push(url),
    open: (url: string, target: string, features: string) => void opened.push([url, target, features]),
    setTimeout: (callback: () => void) => void timers.push(callback),
  } as unknown as WebHost;
  return { host, created, blobs, revoked, opened, timers, setOnClick: (fn: (element: FakeElement) => void) => (onClick = fn) };
}

describe('web platform', () => {
  it('builds the accept list from the filters', () => {
    expect(
      acceptAttribute([
        { name: 'a', extensions: ['json', 'txt'] },
        { name: 'b', extensions: ['json'] },
      ]),
    ).toBe('.json,.txt');
    expect(acceptAttribute([{ name: 'all', extensions: ['*'] }])).toBe('');
  });

  it('hands over the picked file unread (the import worker reads it) and removes the input', async () => {
    const fake = fakeHost();
    const file = new File([new Uint8Array([0x4d, 0x61, 0x72, 0xed, 0x61])], 'programa.txt');
    fake.setOnClick((input) => {
      input.files = [file];
      input.fire('change');
    });
    const platform = createWebPlatform(fake.host);
    expect(platform.kind).toBe('web');
    const picked = await platform.pickFile({ title: 'Abrir', filters });
    expect(picked).toEqual({ name: 'programa.txt', size: 5, data: file });
    expect(picked?.data).toBe(file);
    const input = fake.created[0]!;
    expect(input).toMatchObject({ tag: 'input', type: 'file', accept: '.json', attached: false, clicks: 1 });
  });

  it('returns null when the user cancels the picker', async () => {
    const fake = fakeHost();
    fake.setOnClick((input) => input.fire('cancel'));
    expect(await createWebPlatform(fake.host).pickFile({ title: 'Abrir', filters })).toBeNull();
  });

  it('refuses a picked file above the size limit', async () => {
    const fake = fakeHost();
    fake.setOnClick((input) => {
      input.files = [{ name: 'huge.json', size: 300 * 1024 * 1024 } as File];
      input.fire('change');
    });
    const error = await createWebPlatform(fake.host)
      .pickFile({ title: 'Abrir', filters })
      .catch((e: unknown) => e);
    expect(bridgeErrorCode(error)).toBe('too-large');
  });

  it('saves through a download link and frees the blob afterwards', async () => {
    const fake = fakeHost();
    const platform = createWebPlatform(fake.host);
    const ok = await platform.saveFile({
      title: 'Guardar',
      suggestedName: 'relatoría.md',
      filters,
      mime: 'text/markdown',
      data: '# Relatoría',
    });
    expect(ok).toBe(true);
    const link = fake.created.find((element) => element.tag === 'a')!;
    expect(link).toMatchObject({ download: 'relatoría.md', href: 'blob:relator/0', clicks: 1, attached: false });
    const blob = fake.blobs.get('blob:relator/0')!;
    expect(blob.type).toBe('text/markdown');
    expect(await blob.text()).toBe('# Relatoría');
    expect(fake.revoked).toEqual([]);
    fake.timers.forEach((run) => run());
    expect(fake.revoked).toEqual(['blob:relator/0']);
  });

  it('opens the stage display as a named popup and says when the browser blocked it', async () => {
    const url = 'http://127.0.0.1:5173/#/events/e/stage';
    const focused: string[] = [];
    const allowed = fakeHost();
    allowed.host.open = (u: string, target: string) => ({ focus: () => void focused.push(`${u} ${target}`) });
    expect(await createWebPlatform(allowed.host).openStageWindow({ eventId: 'e', mesaId: null, url, title: 'Escenario' })).toBe(true);
    // A mesa's stage is a popup of its own, so it does not replace the plenary's.
    expect(
      await createWebPlatform(allowed.host).openStageWindow({ eventId: 'e', mesaId: 'm2', url: `${url}/m2`, title: 'Escenario' }),
    ).toBe(true);
    expect(focused).toEqual([`${url} relator-stage`, `${url}/m2 relator-stage-m2`]);

    const blocked = fakeHost();
    blocked.host.open = () => null;
    expect(await createWebPlatform(blocked.host).openStageWindow({ eventId: 'e', mesaId: null, url, title: 'Escenario' })).toBe(false);
  });

  it('opens only web and mail links, in a new tab without opener', () => {
    const fake = fakeHost();
    const platform = createWebPlatform(fake.host);
    platform.openExternal('https://example.org/');
    expect(() => platform.openExternal('javascript:alert(1)')).toThrow(/only http, https and mailto/);
    expect(fake.opened).toEqual([['https://example.org/', '_blank', 'noopener,noreferrer']]);
  });
});
