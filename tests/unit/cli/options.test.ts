import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands';
import { runCli } from '../../../src/cli/dispatch';
import { serializeEventFile } from '../../../src/core/file-format';
import { META, smallBundle } from '../file-format/fixture';
import { fakeIo } from './fake-io';

const event = serializeEventFile(smallBundle(), META);

/** Runs one command line against an in-memory disk holding e.relator.json. */
async function run(argv: string[], lang?: 'en') {
  const f = fakeIo({ 'e.relator.json': event }, lang);
  const code = await runCli(argv, COMMANDS, f.io);
  const written = [...f.disk.keys()].filter((path) => path !== 'e.relator.json');
  return { code, stderr: f.stderr(), stdout: f.stdout(), written, disk: f.disk };
}

describe('malformed options are refused, never guessed', () => {
  it('a flag given a value (--starred-only=no) exits 2 and says the flag takes none', async () => {
    const r = await run(['export', 'e.relator.json', '--starred-only=no', '-o', 'r.md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--starred-only no lleva valor (recibido: --starred-only=no)');
    expect(r.stderr).toContain('Uso: relator export');
    expect(r.written).toEqual([]);
    const en = await run(['export', 'e.relator.json', '--no-annex=yes', '-o', 'r.md'], 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--no-annex takes no value (got: --no-annex=yes)');
  });

  it('an option where a value belongs (-o --no-annex) exits 2 and writes no file named after it', async () => {
    const r = await run(['export', 'e.relator.json', '-o', '--no-annex']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'Falta el valor de -o: --no-annex parece otra opción (si de verdad es el valor, escribe --output=--no-annex)',
    );
    expect(r.written).toEqual([]);
    const en = await run(['demo', '--notes', '-5', '-o', 'd.json'], 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Missing value for --notes: -5 looks like another option');
    expect(en.written).toEqual([]);
  });

  it.each([
    [['export', 'e.relator.json', '-o'], 'Falta el valor de -o'],
    [['export', 'e.relator.json', '-o', 'r.md', '--format'], 'Falta el valor de --format'],
    [['export', 'e.relator.json', '-o', 'r.md', '--starred'], 'Opción desconocida: --starred'],
    [['export', 'e.relator.json', '-x', '-o', 'r.md'], 'Opción desconocida: -x'],
    [['demo', '-n', '5', '--seed'], 'Falta el valor de --seed'],
    [['demo', '-n=5', '-o', 'd.json'], '--notes debe ser un número entero entre 0 y'],
    [['validate', '--strict', 'e.relator.json'], 'Opción desconocida: --strict'],
    [['schema', '-o'], 'Falta el valor de -o'],
    [['import-program', 'p.txt', '--title', '-o', 'x.json'], 'Falta el valor de --title: -o parece otra opción'],
  ])('%j exits 2: %s', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.written).toEqual([]);
  });

  it('still reads every documented spelling', async () => {
    const r = await run(['export', 'e.relator.json', '--format=md', '--lang', 'en', '--starred-only', '--no-annex', '--output=r.md']);
    expect(r.code).toBe(0);
    expect(r.written).toEqual(['r.md']);
    const dash = await run(['export', 'e.relator.json', '--format', 'md', '-o', '-']);
    expect(dash.code).toBe(0);
    expect(dash.stdout).toContain('# ');
    expect(dash.written).toEqual([]);
    // A value that starts with a dash is accepted when written inline, as the message suggests.
    const inline = await run(['export', 'e.relator.json', '--output=--no-annex.md']);
    expect(inline.code).toBe(0);
    expect(inline.written).toEqual(['--no-annex.md']);
    const demo = await run(['demo', '-n5', '-s', '2', '-o', 'd.json']);
    expect(demo.code).toBe(0);
    // After `--`, everything is a file name.
    const terminated = await run(['validate', '--', 'e.relator.json']);
    expect(terminated.code).toBe(0);
  });
});

describe('as a process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'relator-options-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const root = join(__dirname, '../../..');
  const relator = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'bin/relator.mjs'), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, RELATOR_LANG: 'es' },
    });

  it('exits 2 for both cases of the issue, leaving the folder as it was', () => {
    expect(relator('demo', '--notes', '20', '-o', 'x.relator.json').status).toBe(0);
    const flag = relator('export', 'x.relator.json', '--starred-only=no');
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('--starred-only no lleva valor');
    const missing = relator('export', 'x.relator.json', '-o', '--no-annex');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Falta el valor de -o: --no-annex parece otra opción');
    expect(existsSync(join(dir, '--no-annex'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['x.relator.json']);
  });
});
