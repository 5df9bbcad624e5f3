import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.shared.ts';

/** The same renderer, built to run in a plain browser (the fallback when Electron is missing). */
export default defineConfig(rendererConfig('out/web'));
