import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, renderMarkdown, renderSpeakingTimeCsv } from '../../../src/core/report';
import { PANDOC, requireClients } from '../../real-clients';
import { FORMATTED_NOTE, HOSTILE_TEXTS, smallBundle } from './fixtures';

const BIG_NOTE = 'palabra '.repeat(1300).trim();
const hostile = [...HOSTILE_TEXTS, BIG_NOTE];

interface PandocNode {
  t: string;
  c?: unknown;
}
function walk(node: unknown, visit: (n: PandocNode) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    const n = node as PandocNode;
    if (typeof n.t === 'string') visit(n);
    Object.values(n).forEach((v) => walk(v, visit));
  }
}

describe('markdown writer', () => {
  const model = buildReport(smallBundle([...hostile, FORMATTED_NOTE.text]));
  const md = renderMarkdown(model);

  it('keeps hostile note text from changing the structure', () => {
    // Every note is one list item line starting with "- ", never a heading, quote or ordered item.
    expect(md).not.toMatch(/^#{1,6} Not a heading/m);
    expect(md).not.toMatch(/^\d+\. not a list item/m);
    expect(md).not.toMatch(/<script>/);
    expect(md).toContain('\\<script\\>');
  });

  it("writes a note's bold, italic, links and line breaks as Markdown, and no star unless asked", () => {
    expect(md).toContain(`**${FORMATTED_NOTE.bold}**`);
    expect(md).toContain(`*${FORMATTED_NOTE.italic}*`);
    expect(md).toContain('[el informe](<https://example.org/informe>)\\\n  visto en [https://inegi.org.mx](<https://inegi.org.mx>)');
    expect(md).not.toContain('★');
    expect(renderMarkdown(buildReport(smallBundle(), { markStarred: true }))).toContain('- ★ La coordinación metropolitana es clave');
  });

  it('is read by pandoc with the same strong, emphasis and links', ({ skip }) => {
    requireClients(skip, PANDOC);
    const r = spawnSync('pandoc', ['-f', 'gfm', '-t', 'json'], { input: md, encoding: 'utf8' });
    const found = { strong: [] as string[], emph: [] as string[], links: [] as string[] };
    const text = (inlines: unknown): string => {
      let out = '';
      walk(inlines, (n) => {
        if (n.t === 'Str') out += String(n.c);
        if (n.t === 'Space') out += ' ';
      });
      return out;
    };
    walk(JSON.parse(r.stdout).blocks, (n) => {
      if (n.t === 'Strong') found.strong.push(text(n.c));
      if (n.t === 'Emph') found.emph.push(text(n.c));
      if (n.t === 'Link') found.links.push((n.c as [unknown, unknown, [string]])[2][0]);
    });
    expect(found.strong).toContain(FORMATTED_NOTE.bold);
    expect(found.emph).toContain(FORMATTED_NOTE.italic);
    expect(found.links).toEqual(expect.arrayContaining(FORMATTED_NOTE.links.map((l) => l.href)));
  }, 30_000);

  it('reads back through pandoc with the same headings, tables and verbatim note text', ({ skip }) => {
    requireClients(skip, PANDOC);
    const r = spawnSync('pandoc', ['-f', 'gfm', '-t', 'json'], { input: md, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const headings: number[] = [];
    let tables = 0;
    walk(JSON.parse(r.stdout).blocks, (n) => {
      if (n.t === 'Header') headings.push((n.c as [number])[0]);
      if (n.t === 'Table') tables += 1;
    });
    expect(headings).toEqual([1, ...model.sections.map((s) => s.level + 1)]);
    expect(tables).toBe(model.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'table').length);
    const plain = spawnSync('pandoc', ['-f', 'gfm', '-t', 'plain', '--wrap=none'], { input: md, encoding: 'utf8' }).stdout;
    for (const text of hostile) {
      for (const line of text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean))
        expect(plain).toContain(line);
    }
  }, 30_000);

  it('passes markdownlint with the committed config', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relator-md-'));
    const file = join(dir, 'report.md');
    const other = join(dir, 'report-chronological-en.md');
    writeFileSync(file, md);
    writeFileSync(
      other,
      renderMarkdown(buildReport(smallBundle(hostile), { group: 'chronological', timestamps: 'clock', language: 'en' })),
    );
    const r = spawnSync('npx', ['markdownlint-cli2', '--config', join(process.cwd(), '.markdownlint-cli2.jsonc'), file, other], {
      encoding: 'utf8',
      cwd: process.cwd(),
    });
    expect(r.stdout + r.stderr).toContain('0 error(s)');
    expect(r.status).toBe(0);
  }, 30_000);
});

describe('speaking-time CSV', () => {
  it('one row per turn held, with BOM, CRLF, RFC 4180 quoting, m:ss durations and formula guard', () => {
    const bundle = smallBundle();
    bundle.participants[0] = { ...bundle.participants[0]!, name: '=HYPERLINK("x"), Ana' };
    const csv = renderSpeakingTimeCsv(buildReport(bundle));
    expect(
      csv.startsWith('\uFEFFParticipante,Rol,Género,Pregunta,Inicio real,Fin real,Previsto,Ajuste,Real,Diferencia,Real (segundos)\r\n'),
    ).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    // The fourth turn was only queued: it is not a row.
    expect(lines).toHaveLength(1 + 3);
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""x""), Ana",Ponente,Mujer,¿Cómo fortalecer la gobernanza?,2026-11-26 10:00:00,2026-11-26 10:10:00,10:00,,10:00,+0:00,600`,
    );
    expect(lines[2]).toBe(
      `Luis Gómez,Ponente,Hombre,¿Cómo fortalecer la gobernanza?,2026-11-26 10:10:00,2026-11-26 10:15:00,10:00,,5:00,\u22125:00,300`,
    );
  });
});
