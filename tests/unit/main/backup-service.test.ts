import { describe, expect, it } from 'vitest';
import { backupFileName, planRotation } from '../../../src/core/backup';
import { parseEventFile, serializeEventFile } from '../../../src/core/file-format';
import { createQuitBackup } from '../../../src/main/backup/quit';
import { bridgeErrorCode } from '../../../src/shared/bridge-errors';
import { META, smallBundle } from '../file-format/fixture';
import { BACKUP_FOLDER, DATA_FOLDER, memoryBackups } from './fakes';

const A = '3f0c2a9e-8b1d-4c6e-9a2f-5d7b1e0c4a88';
const B = '7d1e0c4a-2a9e-4c6e-8b1d-3f0c5d7b1e88';
const MINUTE = 60_000;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('backup service: writing', () => {
  it('writes a snapshot atomically: a temp file beside it, synced, then renamed over the name', async () => {
    const { fs, service, clock } = memoryBackups();
    const entry = await service.write({ eventId: A, title: 'Segundo Conversatorio', data: bytes('{"sesión":1}') });
    const name = backupFileName(A, 'Segundo Conversatorio', clock.ms);
    expect(entry).toEqual({ name, eventId: A, label: 'Segundo Conversatorio', takenAt: '2026-12-02T10:00:00.000Z', size: 13 });
    expect(fs.list(BACKUP_FOLDER)).toEqual([name]);
    expect(fs.text(`${BACKUP_FOLDER}/${name}`)).toBe('{"sesión":1}');
    expect(fs.log).toEqual([expect.stringMatching(new RegExp(`^rename \\.${name.replace(/[.()]/g, '\\$&')}\\.[0-9a-f]{12}\\.tmp -> `))]);
  });

  it('keeps exactly what the rotation policy says, per event', async () => {
    const { fs, service, clock } = memoryBackups();
    const written: Array<{ name: string; eventId: string; takenAtMs: number; size: number }> = [];
    for (let i = 0; i < 26; i += 1) {
      const eventId = i % 3 === 0 ? B : A;
      const data = bytes(`snapshot ${i}`);
      const entry = await service.write({ eventId, title: 'Foro', data });
      written.push({ name: entry.name, eventId, takenAtMs: clock.ms, size: data.byteLength });
      clock.advance(2 * MINUTE);
    }
    const expected = planRotation(written, clock.ms - 2 * MINUTE);
    expect(expected.remove).toEqual([]); // 17 of A, 9 of B: under 20 each
    expect(fs.list(BACKUP_FOLDER)).toEqual([...expected.keep].sort());
    expect(await service.list()).toHaveLength(26);

    // Ten more of A: its oldest go, B's nine stay.
    for (let i = 0; i < 10; i += 1) {
      const data = bytes(`more ${i}`);
      const entry = await service.write({ eventId: A, title: 'Foro', data });
      written.push({ name: entry.name, eventId: A, takenAtMs: clock.ms, size: data.byteLength });
      clock.advance(2 * MINUTE);
    }
    const plan = planRotation(written, clock.ms - 2 * MINUTE);
    expect(fs.list(BACKUP_FOLDER)).toEqual([...plan.keep].sort());
    const listed = await service.list();
    expect(listed.filter((e) => e.eventId === A)).toHaveLength(20);
    expect(listed.filter((e) => e.eventId === B)).toHaveLength(9);
    // Newest first.
    expect(listed.map((e) => e.takenAt)).toEqual([...listed.map((e) => e.takenAt)].sort().reverse());
  });

  it('keeps the last snapshot of earlier days once the recent ones move on', async () => {
    const { fs, service, clock } = memoryBackups(Date.UTC(2026, 10, 20, 9));
    const lastOfDay: string[] = [];
    for (let day = 0; day < 3; day += 1) {
      let last = '';
      for (let i = 0; i < 10; i += 1) {
        last = (await service.write({ eventId: A, title: 'Foro', data: bytes(`${day}/${i}`) })).name;
        clock.advance(MINUTE);
      }
      lastOfDay.push(last);
      clock.advance(24 * 60 * MINUTE - 10 * MINUTE);
    }
    const names = fs.list(BACKUP_FOLDER);
    expect(names).toHaveLength(21); // the newest 20, plus the last one of the first day
    for (const name of lastOfDay) expect(names).toContain(name);
  });
});

describe('backup service: failures', () => {
  it('never lets a half-written snapshot replace or remove a good one (disk full mid-write)', async () => {
    const { fs, service, clock } = memoryBackups();
    const good = await service.write({ eventId: A, title: 'Foro', data: bytes('the complete, good snapshot') });
    clock.advance(2 * MINUTE);
    fs.faults = [{ op: 'write', code: 'ENOSPC', afterBytes: fs.text(`${BACKUP_FOLDER}/${good.name}`).length + 5 }];
    const error = await service.write({ eventId: A, title: 'Foro', data: bytes('x'.repeat(10_000)) }).catch((e: unknown) => e);
    expect(bridgeErrorCode(error)).toBe('no-space');
    expect(fs.list(BACKUP_FOLDER)).toEqual([good.name]);
    expect(fs.text(`${BACKUP_FOLDER}/${good.name}`)).toBe('the complete, good snapshot');
    expect(await service.list()).toEqual([good]);
  });

  it('never lists a temp file a crash left behind, and clears it with the next snapshot', async () => {
    const { fs, service, clock } = memoryBackups();
    const good = await service.write({ eventId: A, title: 'Foro', data: bytes('good') });
    clock.advance(2 * MINUTE);
    // The rename never happens and the cleanup cannot run: what a killed process leaves.
    fs.faults = [
      { op: 'rename', code: 'EIO' },
      { op: 'unlink', code: 'EIO' },
    ];
    await expect(service.write({ eventId: A, title: 'Foro', data: bytes('half') })).rejects.toThrow();
    const leftovers = fs.list(BACKUP_FOLDER).filter((n) => n.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1);
    expect((await service.list()).map((e) => e.name)).toEqual([good.name]);
    expect(new TextDecoder().decode(await service.read(good.name))).toBe('good');

    clock.advance(2 * MINUTE);
    const next = await service.write({ eventId: A, title: 'Foro', data: bytes('next') });
    expect(fs.list(BACKUP_FOLDER)).toEqual([good.name, next.name].sort());
  });

  it('says so when the folder cannot be created', async () => {
    const { fs, service } = memoryBackups();
    fs.faults = [{ op: 'mkdir', code: 'EACCES' }];
    const error = await service.write({ eventId: A, title: 'Foro', data: bytes('x') }).catch((e: unknown) => e);
    expect(bridgeErrorCode(error)).toBe('write-failed');
    expect(String(error)).toContain(BACKUP_FOLDER);
  });
});

describe('backup service: restoring', () => {
  it('gives back an event byte for byte', async () => {
    const { service } = memoryBackups();
    const text = serializeEventFile(smallBundle(), META);
    const entry = await service.write({ eventId: smallBundle().event.id, title: smallBundle().event.title, data: bytes(text) });
    const [listed] = await service.list();
    expect(listed).toEqual(entry);
    const back = await service.read(listed!.name);
    expect(back).toEqual(bytes(text));
    const parsed = parseEventFile(new TextDecoder().decode(back));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.bundle).toEqual(smallBundle());
    expect(serializeEventFile(parsed.bundle, META)).toBe(text);
  });
});

describe('backup service: folder and marker', () => {
  it('writes into a folder the user chose, and back into the default one after a reset', async () => {
    const { fs, service } = memoryBackups();
    expect(await service.location()).toEqual({ path: BACKUP_FOLDER, isDefault: true });
    expect(await service.setFolder('/media/usb/copias')).toEqual({ path: '/media/usb/copias', isDefault: false });
    const entry = await service.write({ eventId: A, title: 'Foro', data: bytes('x') });
    expect(fs.list('/media/usb/copias')).toEqual([entry.name]);
    // The choice is kept on disk, in the app's data folder.
    expect(JSON.parse(fs.text(`${DATA_FOLDER}/backup-settings.json`))).toEqual({ folder: '/media/usb/copias' });
    await expect(service.setFolder('relative/path')).rejects.toThrow(/absolute/);
    expect(await service.setFolder(null)).toEqual({ path: BACKUP_FOLDER, isDefault: true });
  });

  it('keeps the database marker in a file of its own, and reads a damaged one as absent', async () => {
    const { fs, service } = memoryBackups();
    expect(await service.readMarker()).toBeNull();
    const marker = { databaseId: B, savedAt: '2026-12-02T10:00:00.000Z' };
    await service.writeMarker(marker);
    expect(await service.readMarker()).toEqual(marker);
    fs.writeFileSync(`${DATA_FOLDER}/database-marker.json`, '{"databaseId": "not');
    expect(await service.readMarker()).toBeNull();
  });
});

describe('quit backup', () => {
  function setup(hasWindow = true) {
    const calls: string[] = [];
    let fire: (() => void) | undefined;
    const quit = createQuitBackup({
      request: () => (calls.push('request'), hasWindow),
      quit: () => void calls.push('quit'),
      setTimeout: (callback) => ((fire = callback), 1),
      clearTimeout: () => void calls.push('clear'),
    });
    const event = () => {
      const e = { prevented: false, preventDefault: () => (e.prevented = true) };
      return e;
    };
    return { calls, quit, event, timeout: () => fire?.() };
  }

  it('holds the first quit until the window says its backups are written, then quits once', () => {
    const { calls, quit, event } = setup();
    const first = event();
    quit.beforeQuit(first);
    expect(first.prevented).toBe(true);
    const again = event();
    quit.beforeQuit(again); // a second Ctrl+Q while waiting
    expect(again.prevented).toBe(true);
    quit.done();
    quit.done();
    expect(calls).toEqual(['request', 'clear', 'quit']);
    const last = event();
    quit.beforeQuit(last);
    expect(last.prevented).toBe(false);
  });

  it('quits anyway when the window never answers, or when there is no window', () => {
    const waiting = setup();
    waiting.quit.beforeQuit(waiting.event());
    waiting.timeout();
    expect(waiting.calls).toEqual(['request', 'clear', 'quit']);

    const none = setup(false);
    const e = none.event();
    none.quit.beforeQuit(e);
    expect(e.prevented).toBe(false);
    expect(none.calls).toEqual(['request']);
  });
});
