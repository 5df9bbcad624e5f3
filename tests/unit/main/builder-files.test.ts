import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRelay } from '../../../scripts/build-relay.mjs';

const root = join(__dirname, '../../..');
type LockEntry = { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };

function closure(starts: readonly string[], skip: (from: string, to: string) => boolean = () => false): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const entry = lock.packages[`node_modules/${name}`] ?? {};
    for (const next of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) if (!skip(name, next)) stack.push(next);
  }
  return seen;
}

/** The exclusions (`!…`) of electron-builder.yml's `files`. */
function exclusions(): string[] {
  const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  const files = /^files:\n((?:\s+-.*\n|\s+#.*\n)+)/m.exec(yml)![1]!;
  return [...files.matchAll(/^\s+-\s+'!(.+)'$/gm)].map((m) => m[1]!);
}

const excluded = (path: string) => exclusions().some((pattern) => matchesGlob(path, pattern));

describe('the packaged desktop app', () => {
  it('leaves out the LevelDB persistence the relay never loads, and every package only it brings', () => {
    const production = Object.keys((lock.packages[''] as { dependencies: Record<string, string> }).dependencies);
    const needed = closure(production, (from, to) => from === '@y/websocket-server' && to === 'y-leveldb');
    const onlyLevelDb = [...closure(['y-leveldb'])].filter((name) => !needed.has(name));
    expect(onlyLevelDb).toEqual(expect.arrayContaining(['y-leveldb', 'level', 'leveldown']));
    for (const name of onlyLevelDb) expect(excluded(`node_modules/${name}/package.json`), name).toBe(true);
    expect(excluded('node_modules/@y/websocket-server/node_modules/ws/index.js')).toBe(true);
    // What the app does use stays in.
    for (const name of ['ws', 'yjs', 'lib0', 'y-protocols', 'zod', 'dexie'])
      expect(excluded(`node_modules/${name}/package.json`), name).toBe(false);
  });

  it('its relay is built with the inert stand-in for y-leveldb, so nothing loads LevelDB', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'relator-relay-'));
    try {
      const bundle = await readFile(await buildRelay(join(dir, 'relay.mjs')), 'utf8');
      expect(bundle).toContain('// src/relay/no-leveldb.ts\nvar LeveldbPersistence = class');
      // The only modules it imports are Node's, yjs and ws: no LevelDB package.
      const imports = [...bundle.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]!);
      expect(new Set(imports.filter((name) => !name.startsWith('node:')))).toEqual(new Set(['yjs', 'http', 'ws']));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
