import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../src/cli/command';
import { exportCommand } from '../../../src/cli/commands/export';
import { serializeEventFile } from '../../../src/core/file-format';
import { createNote } from '../../../src/core/model';
import type { EventBundle } from '../../../src/core/model/types';
import { smallBundle } from './fixtures';

/** The fixture with cargo for two people, and a commitment whose "who" was typed as a person's name. */
function bundle(): EventBundle {
  const b = smallBundle();
  const set = (name: string, position: string) => {
    const i = b.participants.findIndex((p) => p.name === name);
    b.participants[i] = { ...b.participants[i]!, position };
  };
  set('Ana Pérez', 'Investigadora');
  set('Luis Gómez', 'Director de Planeación');
  const luis = b.participants.find((p) => p.name === 'Luis Gómez')!;
  b.notes.push(
    createNote(b.event.id, {
      text: 'Publicar el mapa de riesgos',
      kind: 'action',
      speakerId: luis.id,
      questionId: b.questions[0]!.id,
      action: { who: 'luis gomez y SEDATU', when: 'marzo' },
    }),
  );
  return b;
}

function fakeIo(files: Record<string, string>) {
  const written = new Map<string, string | Uint8Array>();
  const io: CliIo = {
    stdout: () => {},
    stderr: () => {},
    readBytes: async (p) => new TextEncoder().encode(files[p]!),
    readStdin: async () => new Uint8Array(),
    writeFile: async (p, d) => {
      written.set(p, d);
    },
  };
  return { io, written };
}

/** Every piece of text Word would show, in the document body, headers and footers. */
function docxText(bytes: Uint8Array): string {
  const parts = unzipSync(bytes);
  return Object.entries(parts)
    .filter(([name]) => /^word\/(document|header\d*|footer\d*|footnotes|comments)\.xml$/.test(name))
    .map(([, data]) => [...strFromU8(data).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' '))
    .join('\n');
}

/** The three files `relator export` writes for one policy. */
async function exportAll(policy: string): Promise<Record<'md' | 'csv' | 'docx', string>> {
  const f = fakeIo({ 'e.json': serializeEventFile(bundle(), { appVersion: '0.1.0', exportedAt: '2026-11-26T20:00:00.000Z' }) });
  for (const format of ['md', 'csv', 'docx']) {
    expect(await exportCommand.run(['e.json', '--attribution', policy, '--format', format, '-o', `r.${format}`], f.io)).toBe(0);
  }
  return {
    md: f.written.get('r.md') as string,
    csv: f.written.get('r.csv') as string,
    docx: docxText(f.written.get('r.docx') as Uint8Array),
  };
}

// Every participant's name, deleted one included, and the surnames alone.
const NAMES = ['Ana Pérez', 'Luis Gómez', 'luis gomez', 'Moderadora', 'Persona Borrada', 'Pérez', 'Gómez'];

describe('relator export --attribution', () => {
  it('by name: speakers are named in the notes, the tables and the CSV', async () => {
    const out = await exportAll('name');
    expect(out.md).toContain('— *Ana Pérez, 0:01:00*');
    expect(out.md).toMatch(/\| Ana Pérez \|/);
    expect(out.csv).toContain('\r\nAna Pérez,');
    expect(out.docx).toContain('Ana Pérez');
  });

  it('by role and institution: no name anywhere, in any section or the CSV; cargo and institution instead', async () => {
    const out = await exportAll('role');
    for (const [format, text] of Object.entries(out)) {
      for (const name of NAMES) expect(text.toLowerCase(), `${format}: ${name}`).not.toContain(name.toLowerCase());
    }
    expect(out.md).toContain('— *Investigadora, UNAM, 0:01:00*');
    expect(out.md).toContain('Director de Planeación, SEDATU y SEDATU');
    expect(out.csv).toContain('\r\n"Investigadora, UNAM",Ponente,');
    expect(out.docx).toContain('Investigadora, UNAM');
  });

  it('anonymous: no name, cargo or per-speaker table anywhere; what was said is all there', async () => {
    const out = await exportAll('none');
    for (const [format, text] of Object.entries(out)) {
      for (const word of [...NAMES, 'Investigadora', 'Director de Planeación']) {
        expect(text.toLowerCase(), `${format}: ${word}`).not.toContain(word.toLowerCase());
      }
    }
    expect(out.md).not.toContain('## Participantes');
    expect(out.md).not.toContain('### Por participante');
    expect(out.md).toContain('### Por rol');
    expect(out.md).toContain('La coordinación metropolitana es clave');
    expect(out.md).toContain('Publicar el mapa de riesgos');
    // The CSV keeps one row per turn with role and gender, the speaker cell empty.
    expect(out.csv.split('\r\n')[1]).toMatch(/^,Ponente,Mujer,/);
  });
});
