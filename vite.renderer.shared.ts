import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';

/** The renderer's Vite settings, shared by the Electron build and the browser (web) build. */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(import.meta.dirname, 'src/renderer'),
    base: './',
    plugins: [preact({ prerender: { enabled: false } })],
    // Copied as they are: the favicon and the icons (drawn by scripts/make-icons.mjs).
    publicDir: resolve(import.meta.dirname, 'src/renderer/public'),
    // Module workers: the setup screen's file reader loads pdf.js and mammoth on demand, which an IIFE worker cannot.
    worker: { format: 'es', rolldownOptions: { output: { charset: 'ascii' } } },
    build: {
      outDir: resolve(import.meta.dirname, outDir),
      emptyOutDir: true,
      target: 'es2022',
      // Fonts and images stay files: the CSP allows only 'self'.
      assetsInlineLimit: 0,
      // Two pages: the app, and the venue device page (a stage display or a remote on another device, docs/venue-devices.md).
      rollupOptions: {
        input: {
          main: resolve(import.meta.dirname, 'src/renderer/index.html'),
          device: resolve(import.meta.dirname, 'src/renderer/device.html'),
        },
        // Non-ASCII characters written as escapes: a script wholly in ASCII is kept in memory at one byte per
        // character, where one accented letter or "…" makes the engine hold the whole source at two.
        output: { charset: 'ascii' },
      },
    },
  };
}
