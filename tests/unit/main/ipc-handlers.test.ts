import { mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerIpcHandlers } from '../../../src/main/ipc/register';
import { IPC_CHANNELS, MAX_FILE_BYTES, type OpenStageWindowRequest } from '../../../src/shared/bridge';
import { bridgeErrorCode } from '../../../src/shared/bridge-errors';
import { FakeDialog, FakeIpcMain, FakeShell, foreignEvent, handlerDeps, iframeEvent, ourEvent, policy } from './fakes';

const filters = [{ name: 'Relator', extensions: ['json'] }];
const EVENT_ID = '3f0c2a9e-8b1d-4c6e-9a2f-5d7b1e0c4a88';
let dir: string;
let ipc: FakeIpcMain;
let dialog: FakeDialog;
let shell: FakeShell;
let stages: OpenStageWindowRequest[];
let printed: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relator-ipc-'));
  ipc = new FakeIpcMain();
  dialog = new FakeDialog();
  shell = new FakeShell();
  stages = [];
  printed = [];
  registerIpcHandlers(ipc, policy, handlerDeps(dialog, shell, undefined, dir, stages, undefined, undefined, printed));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => bridgeErrorCode(error),
  );

describe('registration', () => {
  it('registers exactly the bridge channels and can remove them', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    const local = new FakeIpcMain();
    registerIpcHandlers(local, policy, handlerDeps(dialog, shell))();
    expect(local.handlers.size).toBe(0);
  });
});

describe('sender checks', () => {
  const request = { title: 'Abrir', filters };

  it.each([
    ['another webContents', foreignEvent()],
    ['an embedded frame', iframeEvent()],
    ['a page that is not ours', ourEvent('https://evil.example/')],
    ['a frame that is gone', { sender: { id: 7 }, senderFrame: null }],
  ])('refuses %s before any dialog or window opens', async (_label, event) => {
    dialog.openPath = join(dir, 'x.json');
    for (const channel of Object.values(IPC_CHANNELS)) {
      expect(await codeOf(ipc.invoke(event, channel, request))).toBe('forbidden-sender');
    }
    expect(await codeOf(ipc.invoke(event, IPC_CHANNELS.openStageWindow, { eventId: EVENT_ID, title: 'x' }))).toBe('forbidden-sender');
    expect(dialog.calls).toEqual([]);
    expect(shell.opened).toEqual([]);
    expect(stages).toEqual([]);
  });

  it('refuses everyone while no window exists', async () => {
    const local = new FakeIpcMain();
    registerIpcHandlers(local, { ...policy, trustedWebContentsId: () => undefined }, handlerDeps(dialog, shell));
    expect(await codeOf(local.invoke(ourEvent(), IPC_CHANNELS.openFile, request))).toBe('forbidden-sender');
  });
});

describe('openFile', () => {
  it('returns null when the user cancels', async () => {
    expect(await ipc.invoke(ourEvent(), IPC_CHANNELS.openFile, { title: 'Abrir', filters })).toBeNull();
    expect(dialog.calls[0]).toMatchObject({ kind: 'open', options: { title: 'Abrir', filters, properties: ['openFile'] } });
  });

  it('returns the chosen file’s name and its bytes exactly as on disk, BOM included', async () => {
    const path = join(dir, 'evento.relator.json');
    await writeFile(path, '\ufeff{"título":"Conversatorio"}');
    dialog.openPath = path;
    const opened = (await ipc.invoke(ourEvent(), IPC_CHANNELS.openFile, { title: 'Abrir', filters })) as {
      name: string;
      bytes: Uint8Array;
    };
    expect(opened.name).toBe('evento.relator.json');
    expect([...opened.bytes]).toEqual([...new TextEncoder().encode('\ufeff{"título":"Conversatorio"}')]);
  });

  it('never re-encodes: Windows-1252 or broken bytes arrive untouched, for the renderer to decode strictly', async () => {
    const path = join(dir, 'programa.txt');
    const bytes = [0x50, 0x61, 0x6e, 0x65, 0x6c, 0x3a, 0x20, 0x4d, 0x61, 0x72, 0xed, 0x61, 0x20, 0xff, 0xc0, 0xaf];
    await writeFile(path, Buffer.from(bytes));
    dialog.openPath = path;
    const opened = (await ipc.invoke(ourEvent(), IPC_CHANNELS.openFile, { title: 'Abrir', filters })) as { bytes: Uint8Array };
    expect([...opened.bytes]).toEqual(bytes);
  });

  it('refuses a file larger than the limit without reading it', async () => {
    const path = join(dir, 'huge.json');
    await writeFile(path, '');
    await truncate(path, MAX_FILE_BYTES + 1); // sparse: no real disk use
    dialog.openPath = path;
    expect(await codeOf(ipc.invoke(ourEvent(), IPC_CHANNELS.openFile, { title: 'Abrir', filters }))).toBe('too-large');
  });

  it('says when the chosen file has disappeared', async () => {
    dialog.openPath = join(dir, 'missing.json');
    expect(await codeOf(ipc.invoke(ourEvent(), IPC_CHANNELS.openFile, { title: 'Abrir', filters }))).toBe('not-found');
  });

  it.each([
    ['no request', undefined],
    ['a title that is not text', { title: 3, filters }],
    ['filters that are not a list', { title: 'Abrir', filters: 'json' }],
    ['an extension with a dot', { title: 'Abrir', filters: [{ name: 'J', extensions: ['.json'] }] }],
    ['an extension with a path', { title: 'Abrir', filters: [{ name: 'J', extensions: ['../x'] }] }],
  ])('refuses %s before opening a dialog', async (_label, request) => {
    expect(await codeOf(ipc.invoke(ourEvent(), IPC_CHANNELS.openFile, request))).toBe('invalid-argument');
    expect(dialog.calls).toEqual([]);
  });
});

describe('saveFile', () => {
  const save = (extra: Record<string, unknown> = {}) =>
    ipc.invoke(ourEvent(), IPC_CHANNELS.saveFile, {
      title: 'Guardar',
      suggestedName: 'evento.relator.json',
      filters,
      data: '{}',
      ...extra,
    });

  it('suggests the name in the default folder and writes where the user chose', async () => {
    dialog.savePath = join(dir, 'mi-evento.relator.json');
    expect(await save({ data: '{"a":"ñ"}' })).toEqual({ path: dialog.savePath });
    expect(await readFile(dialog.savePath, 'utf8')).toBe('{"a":"ñ"}');
    expect(dialog.calls[0]?.options).toMatchObject({ defaultPath: join(dir, 'evento.relator.json') });
  });

  it('remembers the folder of the last save for the next dialog', async () => {
    const other = await mkdtemp(join(tmpdir(), 'relator-ipc-other-'));
    try {
      dialog.savePath = join(other, 'a.relator.json');
      await save();
      dialog.savePath = undefined;
      await save({ suggestedName: 'b.md' });
      expect(dialog.calls[1]?.options).toMatchObject({ defaultPath: join(other, 'b.md') });
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('adds the extension when the user typed a bare name', async () => {
    dialog.savePath = join(dir, 'informe');
    expect(await save({ suggestedName: 'relatoria.docx', data: new Uint8Array([1, 2, 3]) })).toEqual({ path: join(dir, 'informe.docx') });
    expect([...(await readFile(join(dir, 'informe.docx')))]).toEqual([1, 2, 3]);
  });

  it('returns null and writes nothing when the user cancels', async () => {
    expect(await save()).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['a path as the suggested name', { suggestedName: '../../.bashrc' }],
    ['an empty suggested name', { suggestedName: '  ' }],
    ['data that is neither text nor bytes', { data: { evil: true } }],
    ['filters without extensions', { filters: [{ name: 'x', extensions: [] }] }],
  ])('refuses %s before opening a dialog', async (_label, extra) => {
    dialog.savePath = join(dir, 'x.json');
    expect(await codeOf(save(extra))).toBe('invalid-argument');
    expect(dialog.calls).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('openExternal', () => {
  it.each(['https://example.org/relatoria?x=1', 'http://example.org/', 'mailto:relatoria@example.org'])(
    'opens %s in the browser',
    async (url) => {
      await ipc.invoke(ourEvent(), IPC_CHANNELS.openExternal, url);
      expect(shell.opened).toEqual([new URL(url).href]);
    },
  );

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@example.org/',
    'not a url',
    42,
  ])('refuses %s', async (url) => {
    expect(await codeOf(ipc.invoke(ourEvent(), IPC_CHANNELS.openExternal, url))).toBe('invalid-argument');
    expect(shell.opened).toEqual([]);
  });
});

describe('openStageWindow', () => {
  it('opens the stage display of the event asked for, with the title in the UI language', async () => {
    const request = { eventId: EVENT_ID, title: 'Stage — Relator' };
    expect(await ipc.invoke(ourEvent(), IPC_CHANNELS.openStageWindow, request)).toBeUndefined();
    expect(stages).toEqual([request]);
  });

  it("opens a mesa's stage display, naming the mesa", async () => {
    const mesaId = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';
    const request = { eventId: EVENT_ID, mesaId, title: 'Stage — Mesa 2' };
    expect(await ipc.invoke(ourEvent(), IPC_CHANNELS.openStageWindow, request)).toBeUndefined();
    expect(await ipc.invoke(ourEvent(), IPC_CHANNELS.openStageWindow, { ...request, mesaId: null })).toBeUndefined();
    expect(stages).toEqual([request, { eventId: EVENT_ID, title: 'Stage — Mesa 2' }]);
  });

  const title = 'Stage — Relator';
  it.each([
    ['no id', { title }],
    ['a number', { eventId: 42, title }],
    ['a route instead of an id', { eventId: `${EVENT_ID}/report`, title }],
    ['a hash that would leave the stage route', { eventId: '#/settings', title }],
    ['an id with a query appended', { eventId: `${EVENT_ID}?x=1`, title }],
    ['an empty string', { eventId: '', title }],
    ['a bare id instead of a request', EVENT_ID],
    ['a request without a title', { eventId: EVENT_ID }],
    ['a title with control characters', { eventId: EVENT_ID, title: 'Stage\u0000' }],
    ['an over-long title', { eventId: EVENT_ID, title: 'x'.repeat(201) }],
    ['a mesa id that is a route', { eventId: EVENT_ID, mesaId: `../${EVENT_ID}`, title }],
    ['a mesa id that is a number', { eventId: EVENT_ID, mesaId: 7, title }],
  ])('refuses %s without opening a window', async (_label, request) => {
    expect(await codeOf(ipc.invoke(ourEvent(), IPC_CHANNELS.openStageWindow, request))).toBe('invalid-argument');
    expect(stages).toEqual([]);
  });
});

describe('printPdf', () => {
  const html = '<!doctype html><html><body>Relatoría</body></html>';

  it('prints a whole HTML document and returns the PDF bytes', async () => {
    const pdf = (await ipc.invoke(ourEvent(), IPC_CHANNELS.printPdf, { html })) as Uint8Array;
    expect(new TextDecoder().decode(pdf)).toMatch(/^%PDF-/);
    expect(printed).toEqual([html]);
  });

  it.each([
    ['a bare string', html],
    ['no html', {}],
    ['a fragment, not a document', { html: '<p>x</p>' }],
    ['a number', { html: 42 }],
    ['a measuring flag that is not true or false', { html, measureOnly: 'yes' }],
  ])('refuses %s without printing', async (_label, request) => {
    expect(await codeOf(ipc.invoke(ourEvent(), IPC_CHANNELS.printPdf, request))).toBe('invalid-argument');
    expect(printed).toEqual([]);
  });

  it('refuses a sender other than the app window', async () => {
    expect(await codeOf(ipc.invoke(foreignEvent(), IPC_CHANNELS.printPdf, { html }))).toBe('forbidden-sender');
    expect(printed).toEqual([]);
  });
});
