import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { rendererConfig } from './vite.renderer.shared.ts';

export default defineConfig({
  main: {
    // The relay's server library is bundled so its unused LevelDB persistence (a native module) is left out.
    resolve: { alias: { 'y-leveldb': resolve(import.meta.dirname, 'src/relay/no-leveldb.ts') } },
    build: {
      externalizeDeps: { exclude: ['@y/websocket-server'] },
      outDir: 'out/main',
      rollupOptions: { input: resolve(import.meta.dirname, 'src/main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: resolve(import.meta.dirname, 'src/preload/index.ts'),
        // A sandboxed preload cannot load ES modules: it must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig('out/renderer'),
});
