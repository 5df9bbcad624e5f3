import { spawnSync } from 'node:child_process';

/** A PDF's text page by page, as `pdftotext -layout` lays it out (needs poppler-utils: see real-clients.ts). */
export function pdfPages(file: string): string[] {
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  const pages = r.stdout.split('\f');
  if (pages.at(-1)!.trim() === '') pages.pop();
  return pages;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * For each heading: the page number its contents entry shows (on page `contentsPage`, 1-based;
 * null when the entry has none) and the page the heading itself is on after the contents.
 * Headings must fit on one line for this to find them.
 */
export function contentsEntries(
  pages: string[],
  headings: string[],
  contentsPage = 2,
): { heading: string; listed: number | null; actual: number }[] {
  const contents = pages[contentsPage - 1] ?? '';
  return headings.map((heading) => {
    const entry = new RegExp(`^\\s*${escape(heading)}[\\s.…]*?(\\d+)?\\s*$`, 'm').exec(contents);
    const actual = pages.findIndex((p, i) => i >= contentsPage && p.split('\n').some((l) => l.trim() === heading)) + 1;
    return { heading, listed: entry?.[1] === undefined ? null : Number(entry[1]), actual };
  });
}
