#!/usr/bin/env node
// @ts-check
/**
 * Draws Relator's icons from the two SVG sources in resources/icons (the icon, and the
 * "maskable" variant with its drawing inside the safe zone) with rsvg-convert (Debian's
 * librsvg2-bin). The PNGs are committed, so building never needs this; run it after changing
 * an SVG:   node scripts/make-icons.mjs
 *   resources/icons/icon.png                  1024 px, electron-builder's source for every installer
 *   src/renderer/public/favicon.svg           the browser tab's icon
 *   src/renderer/public/icons/*.png           the web app's manifest icons and the apple-touch-icon
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './serve-web.mjs';

const SOURCE = join(PROJECT_ROOT, 'resources', 'icons', 'relator.svg');
const MASKABLE = join(PROJECT_ROOT, 'resources', 'icons', 'relator-maskable.svg');
const PUBLIC = join(PROJECT_ROOT, 'src', 'renderer', 'public');

/** [source, size in px, output] */
const OUTPUTS = /** @type {const} */ ([
  [SOURCE, 1024, join(PROJECT_ROOT, 'resources', 'icons', 'icon.png')],
  [SOURCE, 192, join(PUBLIC, 'icons', 'icon-192.png')],
  [SOURCE, 512, join(PUBLIC, 'icons', 'icon-512.png')],
  [MASKABLE, 512, join(PUBLIC, 'icons', 'maskable-512.png')],
  // iOS draws its own rounded corners over a full square.
  [MASKABLE, 180, join(PUBLIC, 'icons', 'apple-touch-icon.png')],
]);

mkdirSync(join(PUBLIC, 'icons'), { recursive: true });
for (const [source, size, output] of OUTPUTS) {
  const result = spawnSync('rsvg-convert', ['--width', String(size), '--height', String(size), source, '--output', output], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.error || result.status !== 0) {
    console.error('make-icons: rsvg-convert failed or is missing (apt-get install librsvg2-bin).');
    process.exit(1);
  }
  console.log(`${output} (${size} px)`);
}
copyFileSync(SOURCE, join(PUBLIC, 'favicon.svg'));
console.log(join(PUBLIC, 'favicon.svg'));
