import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands';
import { runCli } from '../../../src/cli/dispatch';
import { languageFromEnv } from '../../../src/cli/lang';
import { serializeEventFile } from '../../../src/core/file-format';
import { META, smallBundle } from '../file-format/fixture';
import { fakeIo } from './fake-io';

const good = serializeEventFile(smallBundle(), META);

describe('relator command dispatch', () => {
  it('validate: a good file exits 0 with a one-line summary', async () => {
    const f = fakeIo({ 'e.relator.json': good });
    expect(await runCli(['validate', 'e.relator.json'], COMMANDS, f.io)).toBe(0);
    expect(f.stdout()).toBe('ok: «Conversatorio de prueba» — 1 mesa, 2 preguntas, 2 participantes, 4 notas, 1 turno, 2 síntesis\n');
  });

  it('validate: a broken file exits 1 and names the field, in Spanish or English', async () => {
    const bad = good.replace('"text":"Propuesta"', '"text":7');
    const es = fakeIo({ 'e.relator.json': bad });
    expect(await runCli(['validate', 'e.relator.json'], COMMANDS, es.io)).toBe(1);
    expect(es.stderr()).toContain('Nota 2, campo «texto» (notes[1].text): debería ser un texto');
    const en = fakeIo({ 'e.relator.json': bad }, 'en');
    expect(await runCli(['validate', 'e.relator.json'], COMMANDS, en.io)).toBe(1);
    expect(en.stderr()).toContain('Note 2, field “text” (notes[1].text): should be text');
  });

  it('validate: a missing file exits 1 and says so; stdin is read for "-"', async () => {
    const f = fakeIo({ '<stdin>': good });
    expect(await runCli(['validate', 'nope.json'], COMMANDS, f.io)).toBe(1);
    expect(f.stderr()).toContain('No existe el archivo nope.json');
    expect(await runCli(['validate', '-'], COMMANDS, f.io)).toBe(0);
  });

  it('bad usage exits 2 and shows how to call the command', async () => {
    for (const argv of [
      ['validate'],
      ['validate', 'a', 'b'],
      ['demo', '--notes', 'many', '-o', 'x'],
      ['demo', '--notes', '5'],
      ['demo', '--bogus', '-o', 'x'],
    ]) {
      const f = fakeIo();
      expect(await runCli(argv, COMMANDS, f.io), argv.join(' ')).toBe(2);
      expect(f.stderr()).toMatch(/Uso: relator (validate|demo)/);
    }
  });

  it('unknown commands and no command print the usage and exit 2; --help exits 0', async () => {
    const unknown = fakeIo();
    expect(await runCli(['frobnicate'], COMMANDS, unknown.io)).toBe(2);
    expect(unknown.stderr()).toContain('Orden desconocida: frobnicate');
    expect(unknown.stderr()).toContain('relator validate FILE');
    expect(await runCli([], COMMANDS, fakeIo().io)).toBe(2);
    const help = fakeIo({}, 'en');
    expect(await runCli(['--help'], COMMANDS, help.io)).toBe(0);
    expect(help.stdout()).toContain('Usage: relator COMMAND');
    expect(help.stdout()).toContain('relator demo --notes N');
  });

  it('demo writes a valid, reproducible event file', async () => {
    const f = fakeIo();
    expect(await runCli(['demo', '--notes', '50', '--seed', '3', '-o', 'a.json'], COMMANDS, f.io)).toBe(0);
    expect(await runCli(['demo', '--notes=50', '-s', '3', '-o', 'b.json'], COMMANDS, f.io)).toBe(0);
    expect(f.disk.get('a.json')).toBe(f.disk.get('b.json'));
    expect(f.stdout()).toContain('Escrito a.json: «Segundo Conversatorio Metropolitano');
    expect(f.stdout()).toContain('50 notas (semilla 3)');
    // validate reads the file back on its own output, and counts the notes it holds.
    const check = fakeIo({ 'a.json': f.disk.get('a.json')! });
    expect(await runCli(['validate', 'a.json'], COMMANDS, check.io)).toBe(0);
    expect(check.stdout()).toMatch(
      /^ok: «Segundo Conversatorio Metropolitano» — 6 preguntas, \d+ participantes, 50 notas, \d+ turnos, \d+ síntesis\n$/,
    );
  });

  it('picks English only when RELATOR_LANG or LANG starts with en', () => {
    expect(languageFromEnv({})).toBe('es');
    expect(languageFromEnv({ LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(languageFromEnv({ LANG: 'en_GB.UTF-8', RELATOR_LANG: 'es' })).toBe('es');
    expect(languageFromEnv({ LANG: 'C.UTF-8', RELATOR_LANG: 'en' })).toBe('en');
  });
});
