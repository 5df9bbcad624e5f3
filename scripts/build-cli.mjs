// Bundles the `relator` command line (src/cli/main.ts) into out/cli/relator.mjs with esbuild.
// Used by `npm run build:cli` and, on demand, by bin/relator.mjs when the bundle is missing or stale.
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const bundlePath = join(root, 'out', 'cli', 'relator.mjs');

/** `import x from './file.txt?raw'` (Vite's syntax, used so vitest understands it too) → file text. */
const rawTextPlugin = {
  name: 'raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)),
      namespace: 'raw-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
      watchFiles: [args.path],
    }));
  },
};

/**
 * Builds the bundle. `minify: false` (command line: `--no-minify`) keeps names readable for
 * `node --cpu-prof`; bin/relator.mjs keeps using that bundle until a source file changes.
 */
export async function buildCli({ minify = true } = {}) {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const result = await build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    // Splitting lets heavy, rarely used code (e.g. the DOCX writer) load only when a command imports it.
    splitting: true,
    outdir: dirname(bundlePath),
    entryNames: 'relator',
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    // Start-up time is dominated by parsing the bundle; benchmarks time whole processes.
    minify,
    loader: { '.txt': 'text' },
    define: { __RELATOR_VERSION__: JSON.stringify(pkg.version) },
    plugins: [rawTextPlugin],
    // CommonJS dependencies (mammoth, for .docx programs) call require() for Node's modules; an ES
    // module bundle has no require of its own, so each file gets one.
    banner: { js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);" },
    // Drives the machine's Chromium for --format pdf; loaded only then, from node_modules.
    external: ['playwright-core'],
    logLevel: 'warning',
    legalComments: 'none',
  });
  // Several `relator` processes may rebuild at once (tests run in parallel): each file is written
  // aside, then renamed; chunks have content hashes, so the entry is renamed last.
  const outputs = [...result.outputFiles].sort((a, b) => Number(a.path === bundlePath) - Number(b.path === bundlePath));
  for (const output of outputs) {
    await mkdir(dirname(output.path), { recursive: true });
    const temp = `${output.path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temp, output.contents);
    await rename(temp, output.path);
  }
  await removeOldChunks(new Set(outputs.map((o) => o.path)));
  return bundlePath;
}

/** Chunks of earlier builds, once no process started recently can still be loading them. */
async function removeOldChunks(current) {
  const dir = join(dirname(bundlePath), 'chunks');
  const cutoff = Date.now() - 10 * 60_000;
  for (const name of await readdir(dir).catch(() => [])) {
    const path = join(dir, name);
    if (current.has(path)) continue;
    const info = await stat(path).catch(() => null);
    if (info && info.mtimeMs < cutoff) await unlink(path).catch(() => undefined);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = await buildCli({ minify: !process.argv.includes('--no-minify') });
  process.stdout.write(`built ${path}\n`);
}
