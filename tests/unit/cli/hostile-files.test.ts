import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands';
import { runCli } from '../../../src/cli/dispatch';
import { HOSTILE_TITLE, hostileBaseText } from '../../fixtures/hostile-base';
import { hostileFiles } from '../../fixtures/hostile-files';
import { fakeIo } from './fake-io';

const files = hostileFiles(hostileBaseText());

describe('relator validate and export on hostile files', () => {
  it.each(files.map((f) => [f.name, f] as const))('%s', async (name, file) => {
    const f = fakeIo({ [name]: file.bytes });
    const code = await runCli(['validate', name], COMMANDS, f.io);
    if (file.outcome === 'accepted') {
      expect(f.stderr()).toBe('');
      expect(code).toBe(0);
      expect(f.stdout()).toContain(`ok: «${HOSTILE_TITLE}»`);
      return;
    }
    expect(code).toBe(1);
    expect(f.stdout()).toBe('');
    expect(f.stderr()).toMatch(file.says);
    // Said once, in words: no placeholders and no line said twice.
    expect(f.stderr()).not.toMatch(/null|undefined|\[object|native code|NaN/);
    const lines = f.stderr().trim().split('\n');
    expect(new Set(lines).size).toBe(lines.length);
    // Export refuses the same file and writes nothing.
    const out = fakeIo({ [name]: file.bytes });
    expect(await runCli(['export', name, '-o', 'relatoria.md'], COMMANDS, out.io)).toBe(1);
    expect(out.disk.has('relatoria.md')).toBe(false);
  });

  it('a Windows-1252 file is refused with the flag to use, and read with accents once the flag is given', async () => {
    const file = files.find((f) => f.outcome === 'confirm')!;
    const f = fakeIo({ 'e.relator.json': file.bytes });
    expect(await runCli(['validate', 'e.relator.json'], COMMANDS, f.io)).toBe(1);
    expect(f.stderr()).toContain('--encoding windows-1252');
    // The preview shows the line read as Windows-1252, accents right.
    expect(f.stderr()).toContain('¿Cómo decidimos?');

    const confirmed = fakeIo({ 'e.relator.json': file.bytes });
    expect(await runCli(['validate', '--encoding', 'windows-1252', 'e.relator.json'], COMMANDS, confirmed.io)).toBe(0);
    expect(confirmed.stdout()).toContain(`ok: «${HOSTILE_TITLE}»`);
    expect(await runCli(['export', 'e.relator.json', '--encoding=windows-1252', '-o', 'r.md'], COMMANDS, confirmed.io)).toBe(0);
    expect(confirmed.disk.get('r.md')).toContain(HOSTILE_TITLE);
  });

  it('the flag does not make a mixed or broken file readable', async () => {
    for (const file of files.filter((f) => f.outcome === 'refused')) {
      const f = fakeIo({ [file.name]: file.bytes });
      expect(await runCli(['validate', '--encoding', 'windows-1252', file.name], COMMANDS, f.io), file.name).toBe(1);
      expect(f.stderr()).toMatch(file.says);
    }
  });

  it('refuses an unknown --encoding as bad usage', async () => {
    const f = fakeIo({ 'e.relator.json': hostileBaseText() });
    expect(await runCli(['validate', '--encoding', 'latin-9', 'e.relator.json'], COMMANDS, f.io)).toBe(2);
    expect(f.stderr()).toContain('--encoding debe ser utf-8 o windows-1252');
  });

  it('standard input is decoded as strictly as a file', async () => {
    const broken = files.find((f) => f.name.startsWith('invalid-utf8'))!;
    const f = fakeIo({ '<stdin>': broken.bytes });
    expect(await runCli(['validate', '-'], COMMANDS, f.io)).toBe(1);
    expect(f.stderr()).toMatch(/^entrada estándar: .*byte FF/);
  });

  it('program commands read PDF and Word files now, and refuse a damaged one as such, writing nothing', async () => {
    const pdf = files.find((f) => f.name === 'programa.relator.json')!;
    const docx = files.find((f) => f.name === 'acta.relator.json')!;
    const f = fakeIo({ 'programa.pdf': pdf.bytes, 'programa.docx': docx.bytes });
    expect(await runCli(['questions', 'programa.pdf'], COMMANDS, f.io)).toBe(1);
    expect(f.stderr()).toContain('programa.pdf: no se pudo abrir como PDF: parece dañado o incompleto');
    expect(await runCli(['import-program', 'programa.docx', '-o', 'e.relator.json'], COMMANDS, f.io)).toBe(1);
    expect(f.stderr()).toContain('programa.docx: no se pudo abrir como documento de Word (.docx)');
    expect(f.disk.has('e.relator.json')).toBe(false);
  });
});
