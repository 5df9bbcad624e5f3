import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'relator-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function relator(...args: string[]) {
  return relatorWith({}, ...args);
}

function relatorWith(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/relator.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, RELATOR_LANG: 'es', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// A handful of real processes: the bin script, the on-demand bundle and exit codes as a shell sees them.
describe('relator as a process', () => {
  // The first run after a source change builds the CLI bundle (bin/relator.mjs): done once here, with
  // the time a loaded machine needs, so each test's own time is its commands'.
  beforeAll(() => {
    expect(relator('--version').code).toBe(0);
  }, 180_000);

  it('demo is deterministic per seed and its output validates', () => {
    const a = join(dir, 'a.relator.json');
    const b = join(dir, 'b.relator.json');
    const c = join(dir, 'c.relator.json');
    expect(relator('demo', '--notes', '200', '--seed', '5', '-o', a).code).toBe(0);
    expect(relator('demo', '--notes', '200', '--seed', '5', '-o', b).code).toBe(0);
    expect(relator('demo', '--notes', '200', '--seed', '6', '-o', c).code).toBe(0);
    expect(readFileSync(a, 'utf8')).toBe(readFileSync(b, 'utf8'));
    expect(readFileSync(a, 'utf8')).not.toBe(readFileSync(c, 'utf8'));
    const ok = relator('validate', a);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^ok: «.+» — \d+ preguntas, \d+ participantes, \d+ notas/);
  });

  it('export --format pdf without a Chromium says so and exits 1, writing nothing', () => {
    const out = join(dir, 'r.pdf');
    const r = relatorWith({ RELATOR_CHROMIUM: join(dir, 'no-chromium-here') }, 'export', join(dir, 'a.relator.json'), '-o', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Para exportar en PDF hace falta Chromium');
    expect(() => readFileSync(out)).toThrow();
  });

  it('a corrupted file fails with exit 1 naming the field', () => {
    const file = join(dir, 'bad.relator.json');
    const good = readFileSync(join(dir, 'a.relator.json'), 'utf8');
    const lines = good.split('\n');
    const firstNote = lines.findIndex((l) => l.includes('"kind":'));
    lines[firstNote + 2] = lines[firstNote + 2]!.replace(/"text":"(?:[^"\\]|\\.)*"/, '"text":12345');
    writeFileSync(file, lines.join('\n'));
    const r = relator('validate', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Nota 3, campo «texto» (notes[2].text): debería ser un texto y es un número');
  });

  it('bad usage exits 2 with the usage', () => {
    const r = relator('nonsense');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Uso: relator');
    expect(relator('demo', '--notes', '-3', '-o', join(dir, 'x.json')).code).toBe(2);
  });

  it('merge: a merged file validates and merges with itself to the same bytes; two events are refused with exit 1', () => {
    const a = join(dir, 'a.relator.json');
    const m = join(dir, 'm.relator.json');
    const mm = join(dir, 'mm.relator.json');
    expect(relator('merge', a, a, '-o', m).code).toBe(0);
    expect(relator('validate', m).code).toBe(0);
    expect(relator('merge', m, m, '-o', mm).code).toBe(0);
    expect(readFileSync(mm, 'utf8')).toBe(readFileSync(m, 'utf8'));
    // Another seed is another event.
    const refused = relator('merge', a, join(dir, 'c.relator.json'), '-o', join(dir, 'x.relator.json'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Los archivos son de eventos distintos');
  });
});
