import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/cli/command';
import { exportCommand } from '../../../src/cli/commands/export';
import { COMMAND_INFO } from '../../../src/cli/commands/info';
import { serializeEventFile } from '../../../src/core/file-format';
import { mesasBundle } from './mesas-fixture';
import { smallBundle } from './fixtures';
import { fakeIo } from '../cli/fake-io';

/** An in-memory io in the language asked (Spanish by default); `md(path)` is a written Markdown file. */
function markdownIo(files: Record<string, string>, lang: 'es' | 'en' = 'es') {
  const f = fakeIo(files, lang);
  return { ...f, md: (path: string) => f.disk.get(path) };
}

const meta = { appVersion: '0.1.0', exportedAt: '2026-11-26T20:00:00.000Z' };
const files = { 'mesas.json': serializeEventFile(mesasBundle(), meta), 'plain.json': serializeEventFile(smallBundle(), meta) };

describe('relator export of an event with mesas', () => {
  it('writes the general relatoría by default and with --general', async () => {
    const f = markdownIo(files);
    expect(await exportCommand.run(['mesas.json', '-o', 'a.md'], f.io)).toBe(0);
    expect(await exportCommand.run(['mesas.json', '--general', '-o', 'b.md'], f.io)).toBe(0);
    expect(f.md('a.md')).toBe(f.md('b.md'));
    expect(f.md('a.md')).toContain('**Relatoría general**');
    expect(f.md('a.md')).toContain('### Síntesis: Mesa Norte');
    expect(f.md('a.md')).toContain('- **Plenaria:** Idea de la plenaria');
    expect(f.stderr()).toBe('');
  });

  it("writes one mesa's relatoría with --mesa, by name (case and accents aside) or by id", async () => {
    const f = markdownIo(files);
    const id = mesasBundle().mesas.find((m) => m.name === 'Mesa Sur')!.id;
    expect(await exportCommand.run(['mesas.json', '--mesa', 'MESA SUR', '-o', 'sur.md'], f.io)).toBe(0);
    expect(await exportCommand.run(['mesas.json', `--mesa=${id}`, '-o', 'sur-id.md'], f.io)).toBe(0);
    expect(f.md('sur.md')).toBe(f.md('sur-id.md'));
    expect(f.md('sur.md')).toContain('**Relatoría de la mesa: Mesa Sur**');
    expect(f.md('sur.md')).toContain('Síntesis de la Mesa Sur.');
    expect(f.md('sur.md')).not.toContain('Idea del norte');
    expect(f.md('sur.md')).not.toContain('Síntesis general de la coordinación.');
  });

  it('refuses an unknown mesa with exit 2, listing the mesas the event has, and writes nothing', async () => {
    const f = markdownIo(files);
    expect(await exportCommand.run(['mesas.json', '--mesa', 'Mesa Este', '-o', 'x.md'], f.io)).toBe(2);
    expect(f.stderr()).toContain('El evento no tiene una mesa «Mesa Este». Sus mesas son:');
    expect(f.stderr()).toMatch(/«Mesa Norte» \(id [0-9a-f-]+\)\n {2}«Mesa Sur»/);
    expect(f.written.size).toBe(0);
    const en = markdownIo(files, 'en');
    expect(await exportCommand.run(['plain.json', '--mesa', 'Mesa 1', '-o', 'x.md'], en.io)).toBe(2);
    expect(en.stderr()).toContain('The event has no mesas, so there is no mesa “Mesa 1”');
    expect(en.written.size).toBe(0);
  });

  it('refuses --mesa with --general as bad usage', async () => {
    await expect(exportCommand.run(['mesas.json', '--mesa', 'Mesa Sur', '--general', '-o', 'x.md'], markdownIo(files).io)).rejects.toThrow(
      new UsageError('--mesa y --general no van juntos: elige la relatoría de una mesa o la general'),
    );
    await expect(exportCommand.run(['mesas.json', '--general=yes', '-o', 'x.md'], markdownIo(files).io)).rejects.toBeInstanceOf(UsageError);
    await expect(exportCommand.run(['mesas.json', '--mesa', '-o', 'x.md'], markdownIo(files).io)).rejects.toBeInstanceOf(UsageError);
  });

  it('--general on an event without mesas writes its relatoría as without it, and says so', async () => {
    const f = markdownIo(files);
    expect(await exportCommand.run(['plain.json', '-o', 'a.md'], f.io)).toBe(0);
    expect(f.stderr()).toBe('');
    expect(await exportCommand.run(['plain.json', '--general', '-o', 'b.md'], f.io)).toBe(0);
    expect(f.md('b.md')).toBe(f.md('a.md'));
    expect(f.stderr()).toContain('aviso: el evento no tiene mesas; su relatoría general es la del evento');
  });

  it('shows --mesa and --general in its usage', () => {
    expect(COMMAND_INFO.export.usage).toContain('[--mesa NAME|ID | --general]');
  });
});
