import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The programs our exports must open in (python-docx, pandoc, LibreOffice), and whether this machine
 * has them. A test against one of them runs where it is installed; elsewhere it is skipped with the
 * reason, except on CI (CI=true), where a missing client fails the run: CI must never pass without
 * having opened the files.
 */
export interface RealClient {
  name: string;
  /** How to get it on Debian (.ci/run installs them all). */
  install: string;
  available: boolean;
}

const runs = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 }).status === 0;

export const PYTHON = '/usr/bin/python3';

export const PYTHON_DOCX: RealClient = {
  name: 'python-docx',
  install: 'apt-get install python3-docx',
  available: existsSync(PYTHON) && runs(PYTHON, ['-c', 'import docx']),
};

export const PANDOC: RealClient = { name: 'pandoc', install: 'apt-get install pandoc', available: runs('pandoc', ['--version']) };

export const LIBREOFFICE: RealClient = {
  name: 'LibreOffice (soffice)',
  install: 'apt-get install libreoffice-writer-nogui',
  available: runs('soffice', ['--version']),
};

/**
 * Null when every client is here; otherwise why the test cannot run, to skip it with. On CI it
 * throws instead, so the test fails.
 */
export function missingClients(...clients: RealClient[]): string | null {
  const missing = clients.filter((c) => !c.available);
  if (missing.length === 0) return null;
  const reason = `not installed here: ${missing.map((c) => `${c.name} (${c.install})`).join(', ')}; this check against a real client did not run`;
  if (process.env.CI === 'true') throw new Error(`${reason}. On CI every real client must be installed (.ci/run installs them).`);
  return reason;
}

/** Skips the running test, with the reason, when a client is missing (fails it on CI): `requireClients(skip, PANDOC)`. */
export function requireClients(skip: (reason: string) => void, ...clients: RealClient[]): void {
  const reason = missingClients(...clients);
  if (reason !== null) skip(reason);
}

export const POPPLER: RealClient = {
  name: 'pdftotext (poppler-utils)',
  install: 'apt-get install poppler-utils',
  available: runs('pdftotext', ['-v']),
};

/** A Chromium the CLI can print PDF with (src/cli/chromium-pdf.ts looks in the same places). */
export const CHROMIUM: RealClient = {
  name: 'Chromium',
  install: 'apt-get install chromium',
  available: existsSync('/usr/bin/chromium') || existsSync('/usr/bin/chromium-browser') || existsSync('/usr/bin/google-chrome'),
};
