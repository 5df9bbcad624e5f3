// Bundles the `relator` command line (src/cli/main.ts) into out/cli/relator.mjs with esbuild.
// Used by `npm run build:cli` and, on demand, by bin/relator.mjs when the bundle is missing or stale.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
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

export async function buildCli() {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const result = await build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    outfile: bundlePath,
    loader: { '.txt': 'text' },
    define: { __RELATOR_VERSION__: JSON.stringify(pkg.version) },
    plugins: [rawTextPlugin],
    logLevel: 'warning',
    legalComments: 'none',
  });
  const [output] = result.outputFiles;
  // Several `relator` processes may rebuild at once (tests run in parallel): write aside, then rename.
  await mkdir(dirname(bundlePath), { recursive: true });
  const temp = `${bundlePath}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temp, output.contents);
  await rename(temp, bundlePath);
  return bundlePath;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = await buildCli();
  process.stdout.write(`built ${path}\n`);
}
