import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { rendererConfig } from './vite.renderer.shared.ts';

const shared = rendererConfig('out/web');

/**
 * The same renderer, built to run in a plain browser (the fallback when Electron is missing), as an
 * installable web app: a manifest, and a service worker that precaches every file of the build so
 * the app opens with no network. A new build's worker waits until the user accepts the update
 * (src/renderer/platform/app-updates.ts registers it and offers the update); nothing is forced.
 */
export default defineConfig({
  ...shared,
  define: { 'import.meta.env.RELATOR_SERVICE_WORKER': 'true' },
  plugins: [
    ...(shared.plugins ?? []),
    VitePWA({
      registerType: 'prompt',
      // The glob below already lists the icons; listed twice they would be precached twice.
      includeManifestIcons: false,
      // Registered by the app itself, after the page has loaded, and only in the browser.
      injectRegister: false,
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        id: './',
        name: 'Relator',
        short_name: 'Relator',
        description: 'Relatorías de foros y conversatorios: notas en vivo por pregunta guía, tiempos de palabra y la relatoría final.',
        lang: 'es',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f7f7f5',
        theme_color: '#0b4f8a',
        categories: ['productivity'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Every file of the build: screens, workers and the export libraries load lazily, and each
        // must be there offline. A new build replaces the whole set; stale entries are removed.
        globPatterns: ['**/*.{html,js,css,svg,png,woff2,woff,ttf,txt,json}'],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // Routes live after the "#": every page load is index.html.
        navigateFallback: 'index.html',
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
});
