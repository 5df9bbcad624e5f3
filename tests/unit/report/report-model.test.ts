import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report';
import type { ReportModel, ReportNote } from '../../../src/core/report';
import { createEvent } from '../../../src/core/model';
import { fixedContext, smallBundle } from './fixtures';

const ids = (m: ReportModel) => m.sections.map((s) => s.id);
const notesOf = (m: ReportModel, id: string): ReportNote[] =>
  m.sections.find((s) => s.id === id)?.blocks.flatMap((b) => (b.type === 'notes' || b.type === 'quotes' ? b.items : [])) ?? [];

describe('report model', () => {
  it('has the sections in order, questions by their order, and leaves out what is empty', () => {
    const m = buildReport(smallBundle());
    expect(ids(m)).toEqual([
      'objectives',
      'methodology',
      'program',
      'participants',
      'question-1',
      'question-1-idea',
      'question-1-proposal',
      'question-1-disagreement',
      'question-1-quote',
      'question-2',
      'question-2-agreement',
      'question-2-data',
      'question-2-quote',
      'question-2-audience-question',
      'question-2-action',
      'general',
      'general-idea',
      'conclusions-and-agreements',
      'conclusions',
      'agreements',
      'commitments',
      'speaking-time',
      'speaking-time-speaker',
      'speaking-time-role',
      'speaking-time-gender',
      'annex',
    ]);
    expect(m.sections.find((s) => s.id === 'question-1')!.heading).toBe('Pregunta 1. ¿Cómo fortalecer la gobernanza?');
    expect(m.sections.find((s) => s.id === 'question-1')!.blocks).toEqual([
      { type: 'paragraph', text: 'Síntesis de la primera pregunta.' },
    ]);
  });

  it("prints the relatoría's own texts in the order institutions use, and drafts the methodology from the event", () => {
    const bundle = smallBundle();
    const drafted = buildReport(bundle).sections.find((s) => s.id === 'methodology')!.blocks;
    expect(drafted).toEqual([
      {
        type: 'paragraph',
        text:
          'El encuentro se realizó como conversatorio con 2 ponentes (3 participantes registrados), con la moderación de Moderadora. ' +
          'La conversación siguió 2 preguntas guía; la relatoría registró 11 intervenciones, atribuidas y con la hora en que se dijeron. ' +
          'El tiempo de palabra previsto fue de 30:00 y el real, cronometrado por la moderación, de 20:00. La sesión duró 1:00:00.',
      },
    ]);
    // Anonymous: the draft names nobody.
    const anonymous = buildReport(bundle, { attribution: 'none' }).sections.find((s) => s.id === 'methodology')!.blocks[0]!;
    expect(anonymous.type === 'paragraph' && anonymous.text).toContain(', con moderación.');
    bundle.event = {
      ...bundle.event,
      executiveSummary: 'Se acordó una **mesa técnica**.',
      introduction: 'Segundo de un ciclo.',
      methodology: 'Formato propio.',
      consensus: 'Consenso en la gobernanza; disenso sobre el fondo, por su costo.',
      recommendations: '- Publicar datos\n- Incluir municipios',
      nextSteps: 'Reunión en marzo.',
      preparedBy: 'Relatora Uno, relatora',
      reviewedBy: '',
    };
    const m = buildReport(bundle);
    const top = m.sections.filter((s) => s.level === 1).map((s) => s.id);
    expect(top).toEqual([
      'executive-summary',
      'introduction',
      'objectives',
      'methodology',
      'program',
      'participants',
      'question-1',
      'question-2',
      'general',
      'consensus',
      'conclusions-and-agreements',
      'commitments',
      'recommendations',
      'next-steps',
      'speaking-time',
      'annex',
      'signatures',
    ]);
    expect(m.sections.find((s) => s.id === 'methodology')!.blocks).toEqual([{ type: 'paragraph', text: 'Formato propio.' }]);
    expect(m.sections.find((s) => s.id === 'recommendations')!.blocks).toEqual([
      { type: 'bullets', items: ['Publicar datos', 'Incluir municipios'] },
    ]);
    const signatures = m.sections.find((s) => s.id === 'signatures')!.blocks[0]!;
    expect(signatures.type === 'table' && signatures.table.rows).toEqual([['Elaboró', 'Relatora Uno, relatora']]);
  });

  it('keeps every guiding question, even one nobody spoke to, but not an empty general section', () => {
    const bundle = smallBundle();
    const m = buildReport({ ...bundle, notes: [], syntheses: [] });
    const questionIds = ids(m).filter((id) => /^question-\d+$/.test(id));
    expect(questionIds).toHaveLength(bundle.questions.filter((q) => q.deletedAt === null).length);
    expect(m.sections.find((s) => s.id === 'question-1')!.blocks).toEqual([]);
    expect(ids(m)).not.toContain('general');
  });

  it('prints nothing but the title for an empty event', () => {
    const m = buildReport({
      event: createEvent({ title: 'Vacío' }, fixedContext()),
      mesas: [],
      questions: [],
      participants: [],
      notes: [],
      turns: [],
      syntheses: [],
      photos: [],
    });
    expect(m.sections).toEqual([]);
    expect(m.title.title).toBe('Vacío');
  });

  it('ignores soft-deleted notes and participants', () => {
    const m = buildReport(smallBundle());
    const all = JSON.stringify(m);
    expect(all).not.toContain('NOTA BORRADA');
    expect(all).not.toContain('Persona Borrada');
  });

  it('attributes notes with speaker and time, per the timestamp option', () => {
    const elapsed = notesOf(buildReport(smallBundle()), 'question-1-idea')[0]!;
    // Stars are a selection tool: marked in the report only when asked for.
    expect(elapsed).toMatchObject({ speaker: 'Ana Pérez', time: '0:01:00', starred: false });
    expect(notesOf(buildReport(smallBundle(), { markStarred: true }), 'question-1-idea')[0]!.starred).toBe(true);
    // 16:01 UTC is 10:01 in Mexico City.
    expect(notesOf(buildReport(smallBundle(), { timestamps: 'clock' }), 'question-1-idea')[0]!.time).toBe('10:01');
    expect(notesOf(buildReport(smallBundle(), { timestamps: 'none' }), 'question-1-idea')[0]!.time).toBeNull();
  });

  it('labels in the chosen language, independent of the event language', () => {
    const m = buildReport(smallBundle(), { language: 'en' });
    expect(m.sections.find((s) => s.id === 'question-1-idea')!.heading).toBe('Key ideas');
    expect(m.sections.find((s) => s.id === 'question-1-disagreement')!.heading).toBe('Disagreements');
    expect(m.title.details.map((d) => d.label)).toContain('Organised by');
    expect(m.meta.locale).toBe('en-GB');
    // The same locale as the UI's English: day before month.
    expect(m.title.details.find((d) => d.label === 'Date')?.value).toBe('26 November 2026');
    expect(buildReport(smallBundle(), { language: 'es' }).title.details.find((d) => d.label === 'Fecha')?.value).toBe(
      '26 de noviembre de 2026',
    );
  });

  it('drops the annex, speaking time and non-starred notes on request', () => {
    const m = buildReport(smallBundle(), { includeAnnex: false, includeSpeakingTime: false, starredOnly: true });
    expect(ids(m)).not.toContain('annex');
    expect(ids(m).some((id) => id.startsWith('speaking-time'))).toBe(false);
    expect(ids(m).filter((id) => /^question-\d-/.test(id))).toEqual(['question-1-idea']);
  });

  it('groups chronologically into one list with kinds shown', () => {
    const m = buildReport(smallBundle(), { group: 'chronological' });
    const block = m.sections.find((s) => s.id === 'question-1-notes')!.blocks[0]!;
    expect(block.type === 'notes' && block.showKind).toBe(true);
    expect(notesOf(m, 'question-1-notes').map((n) => n.kind)).toEqual(['idea', 'proposal', 'quote', 'disagreement']);
  });

  it('computes speaking time of the turns held as m:ss; a queued turn is listed apart; unspecified gender kept apart', () => {
    const m = buildReport(smallBundle());
    const table = (id: string) => {
      const b = m.sections.find((s) => s.id === id)!.blocks[0]!;
      if (b.type !== 'table') throw new Error('not a table');
      return b.table;
    };
    // Ana: 1 timed turn of 10 min, planned 600 s; her queued 300 s agenda item was never held and counts nowhere.
    expect(table('speaking-time-speaker').rows[0]).toEqual(['Ana Pérez', 'Ponente', '1', '10:00', '—', '10:00', '+0:00', '50.0%']);
    expect(table('speaking-time-gender').rows.map((r) => r[0])).toEqual(['Mujer', 'Hombre', 'Sin especificar']);
    expect(table('speaking-time-role').rows[0]).toEqual(['Ponente', '2', '20:00', '—', '15:00', '\u22125:00', '75.0%']);
    const intro = m.sections.find((s) => s.id === 'speaking-time')!.blocks;
    expect(intro).toContainEqual({
      type: 'paragraph',
      text: 'Turnos en cola que no se tomaron (no cuentan en las cifras): Ana Pérez (5:00).',
    });
  });

  it('shows cargo and sector in their own participant columns only when someone has them', () => {
    const table = (bundle: ReturnType<typeof smallBundle>) => {
      const b = buildReport(bundle).sections.find((s) => s.id === 'participants')!.blocks[0]!;
      if (b.type !== 'table') throw new Error('not a table');
      return b.table;
    };
    expect(table(smallBundle()).columns).toEqual(['Nombre', 'Institución', 'Rol']);
    const bundle = smallBundle();
    const ana = bundle.participants.findIndex((p) => p.name === 'Ana Pérez');
    bundle.participants[ana] = { ...bundle.participants[ana]!, position: 'Investigadora', sector: 'Academia' };
    const t = table(bundle);
    expect(t.columns).toEqual(['Nombre', 'Cargo', 'Institución', 'Rol', 'Sector']);
    expect(t.rows.find((r) => r[0] === 'Ana Pérez')).toEqual(['Ana Pérez', 'Investigadora', 'UNAM', 'Ponente', 'Academia']);
  });

  it('lists commitments with who and when', () => {
    const b = buildReport(smallBundle()).sections.find((s) => s.id === 'commitments')!.blocks[0]!;
    expect(b.type === 'table' && b.table.rows).toEqual([['Enviar la relatoría', 'Relatoría', '2026-12-01']]);
  });

  it('removes characters XML forbids from user text', () => {
    const m = buildReport(smallBundle(['bell\u0007 nul\u0000 lone\uD800 ok\uFFFF tab\tkept']));
    const note = notesOf(m, 'question-2-idea').at(-1)!;
    expect(note.text).toBe('bell nul lone ok tab\tkept');
  });
});
