import { describe, expect, it } from 'vitest';
import { buildReport, renderMarkdown, type ReportModel, type ReportNote } from '../../../src/core/report';
import { renderReportHtml } from '../../../src/core/report/html-writer';
import { renderSpeakingTimeCsv } from '../../../src/core/report/csv-writer';
import { findMesa, resolveScope } from '../../../src/core/report/scope';
import { mesasBundle } from './mesas-fixture';
import { smallBundle } from './fixtures';

const section = (m: ReportModel, id: string) => m.sections.find((s) => s.id === id);
const textOf = (m: ReportModel, id: string): string[] =>
  section(m, id)?.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])) ?? [];
const notesUnder = (m: ReportModel, prefix: string): ReportNote[] =>
  m.sections
    .filter((s) => s.id.startsWith(`${prefix}-`))
    .flatMap((s) => s.blocks.flatMap((b) => (b.type === 'notes' || b.type === 'quotes' ? b.items : [])));
const detail = (m: ReportModel, label: string) => m.title.details.find((d) => d.label === label)?.value;
const tableRows = (m: ReportModel, id: string) => section(m, id)?.blocks.flatMap((b) => (b.type === 'table' ? b.table.rows : [])) ?? [];
const mesaId = (name: string) => mesasBundle().mesas.find((m) => m.name === name)!.id;

describe('general relatoría', () => {
  const m = buildReport(mesasBundle(), {}, { kind: 'general' });

  it('is what an event with mesas gets when no scope is asked for', () => {
    expect(buildReport(mesasBundle())).toEqual(m);
    expect(m.scope).toEqual({ kind: 'general' });
  });

  it('has a "Relatoría general" cover with the mesas and their rooms, the coordinator and every rapporteur once', () => {
    expect(m.title.scope).toBe('Relatoría general');
    expect(m.title.title).toBe('Foro de mesas');
    expect(detail(m, 'Coordinación')).toBe('Carla Coordinadora');
    expect(detail(m, 'Mesas')).toBe('Mesa Norte (Sala A); Mesa Sur (Sala B)');
    // Mesas' rapporteurs first, then the notes' authors; "beto relator" is Beto Relator.
    expect(detail(m, 'Relatores')).toBe('Ana Relatora, Beto Relator, Carla Coordinadora, Dora Suplente');
    expect(tableRows(m, 'mesas')).toEqual([
      ['Mesa Norte', 'Sala A', 'Marta Mod', 'Ana Relatora'],
      ['Mesa Sur', 'Sala B', 'Pedro Mod', 'Beto Relator'],
    ]);
  });

  it("puts the coordinator's synthesis under each question, then each mesa's labelled with the mesa", () => {
    expect(textOf(m, 'question-1')).toEqual(['Síntesis general de la coordinación.']);
    expect(section(m, 'question-1-mesa-1')?.heading).toBe('Síntesis: Mesa Norte');
    expect(textOf(m, 'question-1-mesa-1')).toEqual(['Síntesis de la Mesa Norte.']);
    expect(textOf(m, 'question-1-mesa-2')).toEqual(['Síntesis de la Mesa Sur.']);
    // No general synthesis written for question 2: the question stands with Mesa Sur's alone.
    expect(textOf(m, 'question-2')).toEqual([]);
    expect(section(m, 'question-2-mesa-1')).toBeUndefined();
    expect(textOf(m, 'question-2-mesa-2')).toEqual(['Sur sobre quién decide.']);
    const order = m.sections.map((s) => s.id);
    expect(order.indexOf('question-1-mesa-2')).toBeLessThan(order.indexOf('question-1-idea'));
  });

  it('labels every contribution with its mesa, and the plenary ones as "Plenaria"', () => {
    expect(notesUnder(m, 'question-1').map((n) => [n.text, n.mesa])).toEqual([
      ['Idea del norte', 'Mesa Norte'],
      ['Idea del sur', 'Mesa Sur'],
      ['Cita del sur', 'Mesa Sur'],
    ]);
    expect(notesUnder(m, 'question-3').map((n) => [n.text, n.mesa])).toEqual([
      ['Idea de la plenaria', 'Plenaria'],
      ['El norte también habló de lo que sigue', 'Mesa Norte'],
    ]);
  });

  it('counts speaking time per mesa and overall, and keeps the event’s conclusions', () => {
    expect(section(m, 'speaking-time-mesa')?.heading).toBe('Por mesa');
    expect(tableRows(m, 'speaking-time-mesa').map((r) => [r[0], r[4]])).toEqual([
      ['Mesa Norte', '10:00'],
      ['Mesa Sur', '5:00'],
      ['Plenaria', '3:00'],
    ]);
    expect(tableRows(m, 'speaking-time-speaker').map((r) => r[0])).toEqual(['Ana Pérez', 'Luis Gómez', 'Eva Ruiz']);
    expect(textOf(m, 'conclusions')).toEqual(['Conclusión del foro entero.']);
    expect(textOf(m, 'executive-summary')).toEqual(['Resumen del foro entero.']);
  });

  it('speaks English when the report does', () => {
    const en = buildReport(mesasBundle(), { language: 'en' }, { kind: 'general' });
    expect(en.title.scope).toBe('General report');
    expect(section(en, 'question-1-mesa-1')?.heading).toBe('Synthesis: Mesa Norte');
    expect(notesUnder(en, 'question-3')[0]!.mesa).toBe('Plenary');
  });
});

describe("a mesa's relatoría", () => {
  const norte = buildReport(mesasBundle(), {}, { kind: 'mesa', mesaId: mesaId('Mesa Norte') });
  const sur = buildReport(mesasBundle(), {}, { kind: 'mesa', mesaId: mesaId('Mesa Sur') });

  it('is titled with the mesa, its room, moderator and rapporteurs', () => {
    expect(norte.scope).toEqual({ kind: 'mesa', mesaId: mesaId('Mesa Norte'), name: 'Mesa Norte' });
    expect(norte.title.scope).toBe('Relatoría de la mesa: Mesa Norte');
    expect(detail(norte, 'Sala')).toBe('Sala A');
    expect(detail(norte, 'Moderación')).toBe('Marta Mod');
    expect(detail(norte, 'Relatores')).toBe('Ana Relatora, Dora Suplente');
    expect(detail(norte, 'Relatoría')).toBeUndefined();
  });

  it('covers the questions discussed at the mesa, with its own synthesis and notes only, unlabelled', () => {
    const headings = (m: ReportModel) => m.sections.filter((s) => /^question-\d+$/.test(s.id)).map((s) => s.heading);
    // The plenary's question 3 is in Mesa Norte's relatoría because the mesa discussed it; Mesa Sur did
    // not. Questions keep the forum's numbers.
    expect(headings(norte)).toEqual(['Pregunta 1. ¿Qué agua queremos?', 'Pregunta 3. ¿Qué sigue?']);
    expect(headings(sur)).toEqual(['Pregunta 1. ¿Qué agua queremos?', 'Pregunta 2. ¿Quién decide?']);
    expect(textOf(norte, 'question-1')).toEqual(['Síntesis de la Mesa Norte.']);
    expect(textOf(sur, 'question-2')).toEqual(['Sur sobre quién decide.']);
    expect(notesUnder(norte, 'question-1').map((n) => [n.text, n.mesa])).toEqual([['Idea del norte', null]]);
    expect(notesUnder(norte, 'question-3').map((n) => [n.text, n.question])).toEqual([
      ['El norte también habló de lo que sigue', 'Pregunta 3'],
    ]);
    expect(notesUnder(sur, 'question-1').map((n) => n.text)).toEqual(['Idea del sur', 'Cita del sur']);
    expect(section(norte, 'mesas')).toBeUndefined();
  });

  it("counts only the mesa's turns and people, and leaves the event's own texts to the general relatoría", () => {
    expect(tableRows(sur, 'speaking-time-speaker').map((r) => r[0])).toEqual(['Luis Gómez']);
    expect(section(sur, 'speaking-time-mesa')).toBeUndefined();
    expect(tableRows(norte, 'participants').map((r) => r[0])).toEqual(['Ana Pérez']);
    expect(section(norte, 'conclusions')).toBeUndefined();
    expect(section(norte, 'executive-summary')).toBeUndefined();
    expect(norte.turnRows.map((r) => r.speaker)).toEqual(['Ana Pérez']);
  });
});

describe('scopes of an event without mesas', () => {
  it('the general relatoría of an event without mesas is its relatoría, unchanged', () => {
    const plain = buildReport(smallBundle());
    expect(plain.scope).toEqual({ kind: 'event' });
    expect(plain.title.scope).toBe('');
    expect(buildReport(smallBundle(), {}, { kind: 'general' })).toEqual(plain);
    expect(renderMarkdown(plain)).not.toMatch(/Plenaria|Relatoría general/);
  });

  it('the event scope of an event with mesas ignores them: the plenary synthesis, no labels', () => {
    const m = buildReport(mesasBundle(), {}, { kind: 'event' });
    expect(textOf(m, 'question-1')).toEqual(['Síntesis general de la coordinación.']);
    expect(section(m, 'question-1-mesa-1')).toBeUndefined();
    expect(notesUnder(m, 'question-1').every((n) => n.mesa === null)).toBe(true);
  });

  it('finds a mesa by id or by name (case and accents aside) and refuses one that is not there', () => {
    const b = mesasBundle();
    expect(findMesa(b, 'mesa norte')?.id).toBe(mesaId('Mesa Norte'));
    expect(findMesa(b, mesaId('Mesa Sur'))?.name).toBe('Mesa Sur');
    expect(findMesa(b, 'Mesa Este')).toBeNull();
    expect(() => resolveScope(b, { kind: 'mesa', mesaId: 'nope' })).toThrow();
  });
});

describe('writers of the general relatoría', () => {
  const m = buildReport(mesasBundle(), { timestamps: 'none' }, { kind: 'general' });

  it('Markdown prints the cover line, the mesas’ syntheses and each contribution’s mesa', () => {
    const md = renderMarkdown(m);
    expect(md).toMatch(/^# Foro de mesas\n\n\*\*Relatoría general\*\*\n/);
    expect(md).toContain('- **Mesas:** Mesa Norte (Sala A); Mesa Sur (Sala B)');
    expect(md).toContain('### Síntesis: Mesa Sur\n\nSíntesis de la Mesa Sur.');
    expect(md).toContain('- **Mesa Norte:** Idea del norte — *Ana Pérez*');
    expect(md).toContain('- **Plenaria:** Idea de la plenaria — *Eva Ruiz*');
    expect(md).toContain('> Cita del sur\\\n> — *Luis Gómez · Mesa Sur*');
    // The annex labels kind, question and mesa.
    expect(md).toContain('- **Propuesta · Pregunta 2 · Mesa Sur:** Propuesta del sur');
  });

  it('HTML (print and PDF) says it on the cover and labels the contributions', () => {
    const html = renderReportHtml(m);
    expect(html).toContain('<p class="cover-kicker">Relatoría general</p><h1>Foro de mesas</h1>');
    expect(html).toContain('<li><strong>Mesa Norte:</strong> Idea del norte <span class="who">— Ana Pérez</span></li>');
    expect(html).toContain('<p class="who">— Luis Gómez · Mesa Sur</p>');
    expect(html).toContain('<h3>Síntesis: Mesa Norte</h3>');
  });

  it('DOCX says it on the cover and labels the contributions', async () => {
    const { renderDocx } = await import('../../../src/core/report/docx-writer');
    const { unzipSync, strFromU8 } = await import('fflate');
    const xml = strFromU8(unzipSync(await renderDocx(m))['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Relatoría generalForo de mesas');
    expect(text).toContain('Mesa Norte:\u00a0Idea del norte');
    expect(text).toContain('Luis Gómez · Mesa Sur');
    expect(text).toContain('Síntesis: Mesa Sur');
  });
});

describe("a mesa's program and the speaking-time CSV", () => {
  /** Mesa Norte also timed a turn under question 3: the forum's third question, the mesa's second. */
  function withTurnOnQuestion3() {
    const bundle = mesasBundle();
    const norte = bundle.mesas.find((m) => m.name === 'Mesa Norte')!;
    const q3 = bundle.questions.find((q) => q.text === '¿Qué sigue?')!;
    const first = bundle.turns.find((t) => t.mesaId === norte.id)!;
    bundle.turns.push({
      ...first,
      id: '00000000-0000-4000-8000-00000000f003',
      questionId: q3.id,
      order: 40,
      actualStartAt: '2026-11-26T16:40:00.000Z',
      actualEndAt: '2026-11-26T16:44:00.000Z',
    });
    return { bundle, norte };
  }

  it('numbers the questions of a mesa’s program as the forum’s program does, in every file', async () => {
    const { bundle, norte } = withTurnOnQuestion3();
    const m = buildReport(bundle, { program: 'body' }, { kind: 'mesa', mesaId: norte.id });
    expect(tableRows(m, 'program').map((r) => r[0])).toEqual(['Pregunta 1', 'Pregunta 3', 'Total']);
    expect(renderMarkdown(m)).toContain('| Pregunta 3 | Ana Pérez |');
    expect(renderReportHtml(m)).toContain('<tr><td>Pregunta 3</td><td>Ana Pérez</td>');
    const { renderDocx } = await import('../../../src/core/report/docx-writer');
    const { unzipSync, strFromU8 } = await import('fflate');
    const xml = strFromU8(unzipSync(await renderDocx(m))['word/document.xml']!);
    // The table's cell, not the heading "Pregunta 3. ¿Qué sigue?".
    expect(xml).toMatch(/<w:tc>(?:(?!<\/w:tc>).)*>Pregunta 3<\/w:t>/);
    // The general relatoría's program says the same.
    const general = buildReport(bundle, { program: 'body' }, { kind: 'general' });
    expect(tableRows(general, 'program').map((r) => r[0])).toContain('Pregunta 3');
  });

  it('starts each CSV row of an event with mesas with where the turn was held, in the general and a mesa’s files', () => {
    const { bundle, norte } = withTurnOnQuestion3();
    const rows = (csv: string) =>
      csv
        .slice(1)
        .trimEnd()
        .split('\r\n')
        .map((line) => line.split(',').slice(0, 2));
    expect(rows(renderSpeakingTimeCsv(buildReport(bundle, {}, { kind: 'general' })))).toEqual([
      ['Mesa', 'Participante'],
      ['Mesa Norte', 'Ana Pérez'],
      ['Mesa Sur', 'Luis Gómez'],
      ['Plenaria', 'Eva Ruiz'],
      ['Mesa Norte', 'Ana Pérez'],
    ]);
    expect(rows(renderSpeakingTimeCsv(buildReport(bundle, {}, { kind: 'mesa', mesaId: norte.id })))).toEqual([
      ['Mesa', 'Participante'],
      ['Mesa Norte', 'Ana Pérez'],
      ['Mesa Norte', 'Ana Pérez'],
    ]);
    expect(renderSpeakingTimeCsv(buildReport(bundle, { language: 'en' }, { kind: 'general' }))).toMatch(/^\uFEFFMesa,Speaker,Role,/);
  });

  it('leaves the CSV of an event without mesas as it was', () => {
    const csv = renderSpeakingTimeCsv(buildReport(smallBundle()));
    expect(csv).toMatch(/^\uFEFFParticipante,Rol,Género,Pregunta,/);
    expect(csv).not.toContain('Plenaria');
  });
});
