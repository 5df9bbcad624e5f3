import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export const SAMPLE_TITLE = 'Segundo Conversatorio Metropolitano';

/** Writes a synthetic event file with the real CLI, as a user would. */
export function demoEventFile(notes: number, seed = 1): string {
  const dir = mkdtempSync(join(tmpdir(), 'relator-e2e-'));
  const file = join(dir, 'demo.relator.json');
  execFileSync(process.execPath, ['bin/relator.mjs', 'demo', '--notes', String(notes), '--seed', String(seed), '-o', file]);
  return file;
}

export function corruptCopy(file: string, mutate: (data: any) => void): string {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  mutate(data);
  const out = file.replace(/\.relator\.json$/, '.corrupt.relator.json');
  writeFileSync(out, JSON.stringify(data));
  return out;
}

/** Imports a file through the library's import button and the browser's file chooser. */
export async function importThroughUi(page: Page, file: string, buttonName: RegExp): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: buttonName }).click();
  await (await chooser).setFiles(file);
}
