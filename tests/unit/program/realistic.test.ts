import { describe, expect, it } from 'vitest';
import { extractProgram } from '../../../src/core/program';

describe('whole programs as pasted from the web', () => {
  it('an English panel with "Discussion points", one of them without a question mark, and its header lines unlabelled', () => {
    const text = [
      'Panel Discussion — Water Security in Small Island States',
      'Hosted by the Pacific Resilience Network',
      'Wednesday, 12 May 2027 · 09:30–11:00 (Fiji time)',
      'Location: Suva Civic Centre, Hall 2',
      '',
      'Discussion points',
      '1. Which investments gave communities the most resilience after the last cyclone',
      '2. How should donors and governments coordinate?',
      '3. What role for traditional knowledge?',
    ].join('\n');
    const program = extractProgram(text);
    expect(program.questions.map((q) => q.text)).toEqual([
      'Which investments gave communities the most resilience after the last cyclone',
      'How should donors and governments coordinate?',
      'What role for traditional knowledge?',
    ]);
    expect(program.event).toMatchObject({
      title: 'Panel Discussion',
      subtitle: 'Water Security in Small Island States',
      date: '2027-05-12',
      startTime: '09:30',
      place: 'Suva Civic Centre, Hall 2',
      organisers: ['Pacific Resilience Network'],
    });
  });

  it('a Markdown invitation: the heading marks are not part of the title', () => {
    const program = extractProgram(
      '# Conversatorio virtual: Mujeres y territorio\n\n## Preguntas guía\n1.- ¿Qué significa el territorio?\n',
    );
    expect(program.event).toMatchObject({ title: 'Conversatorio virtual', subtitle: 'Mujeres y territorio' });
    expect(program.questions.map((q) => q.text)).toEqual(['¿Qué significa el territorio?']);
  });

  it('a Word invitation in capitals with "Pregunta N:" items, one of them wrapped and one a statement', () => {
    const text = [
      'MESA DE DIÁLOGO INTERSECTORIAL SOBRE SALUD MENTAL',
      'Organiza: Secretaría de Salud Departamental y Red de Usuarios',
      'Fecha y hora: 22 de abril de 2027, 2:00 p. m.',
      'Lugar: Auditorio Principal, Hospital San Rafael',
      '',
      'PREGUNTAS ORIENTADORAS',
      '',
      'Pregunta 1: ¿Qué barreras enfrentan las personas para acceder a atención en salud mental',
      'en los municipios pequeños?',
      '',
      'Pregunta 2: ¿Cómo articular a las EPS, los hospitales y las organizaciones comunitarias?',
      '',
      'Pregunta 3: Propuestas concretas para el plan departamental 2027-2030.',
      '',
      'Metodología: cada panelista tendrá 7 minutos.',
    ].join('\n');
    const program = extractProgram(text);
    expect(program.questions.map((q) => [q.block, q.text])).toEqual([
      ['', '¿Qué barreras enfrentan las personas para acceder a atención en salud mental en los municipios pequeños?'],
      ['', '¿Cómo articular a las EPS, los hospitales y las organizaciones comunitarias?'],
      ['', 'Propuestas concretas para el plan departamental 2027-2030.'],
    ]);
    expect(program.questions[2]!.rule).toBe('statement');
    expect(program.event).toMatchObject({
      title: 'MESA DE DIÁLOGO INTERSECTORIAL SOBRE SALUD MENTAL',
      date: '2027-04-22',
      startTime: '14:00',
      place: 'Auditorio Principal, Hospital San Rafael',
      organisers: ['Secretaría de Salud Departamental', 'Red de Usuarios'],
    });
  });

  it('an English webinar page with two sessions', () => {
    const text = [
      'Skip to main content',
      'Home  About  Events  News',
      'Webinar: Housing after the pandemic | Urban Network',
      'Share  Tweet  Email',
      'Date: September 8, 2022',
      'Time: 10:00–12:00 (GMT-5)',
      '',
      'Objectives',
      'To share lessons from housing policies adopted during the pandemic.',
      '',
      'This webinar is organised by the Urban Housing Practitioners Hub (UHPH) in partnership with Cities Alliance.',
      '',
      'Session 1 – Evictions and tenure',
      'Questions to guide the discussion:',
      'a. What emergency measures protected tenants, and which of them',
      '   should become permanent?',
      'b. Who was left out?',
      '',
      'Session 2 – Financing',
      'Guiding questions:',
      'a. How can municipalities finance social housing?',
      '',
      'Speakers',
      'Jane Doe, City of Bogotá',
      'Related content',
      'Read more',
    ].join('\n');
    const r = extractProgram(text);
    expect(r.questions.map((q) => [q.block, q.text])).toEqual([
      ['Session 1 – Evictions and tenure', 'What emergency measures protected tenants, and which of them should become permanent?'],
      ['Session 1 – Evictions and tenure', 'Who was left out?'],
      ['Session 2 – Financing', 'How can municipalities finance social housing?'],
    ]);
    expect(r.heading).toBe('Questions to guide the discussion');
    expect(r.event).toMatchObject({
      // A one-word prefix stays in the title; the site name after "|" does not.
      title: 'Webinar: Housing after the pandemic',
      subtitle: '',
      date: '2022-09-08',
      // Every paragraph under "Objectives" up to the first session, as for the sample program.
      objectives: [
        'To share lessons from housing policies adopted during the pandemic.',
        'This webinar is organised by the Urban Housing Practitioners Hub (UHPH) in partnership with Cities Alliance.',
      ],
      organisers: ['UHPH', 'Cities Alliance'],
    });
  });

  it('a Portuguese program with Word bullets, sub-numbering and an explanation under a question', () => {
    const text = [
      'Seminário Cidades Resilientes',
      'Data: 12 de maio de 2023',
      '',
      'Perguntas norteadoras',
      '1.1 Como as cidades se prepararam para as enchentes?',
      'Considere as experiências de Porto Alegre e Recife.',
      '1.2 Quem financia a adaptação?',
      '\uf0b7 Qual é o papel dos governos estaduais?',
      '',
      'Programação',
      '09h00 Abertura',
    ].join('\n');
    const r = extractProgram(text);
    expect(r.questions.map((q) => q.text)).toEqual([
      'Como as cidades se prepararam para as enchentes? Considere as experiências de Porto Alegre e Recife.',
      'Quem financia a adaptação?',
      'Qual é o papel dos governos estaduais?',
    ]);
    expect(r.event.date).toBe('2023-05-12');
  });

  it('a Spanish program with questions in a pasted table and sub-bullets', () => {
    const text = [
      'Conversatorio Agua y Territorio',
      'Preguntas detonadoras',
      '1\t¿Cómo se distribuye el agua en la zona metropolitana?',
      '2\t¿Quién decide las prioridades?',
      'o ¿Y las comunidades indígenas?',
      '',
      'Moderadora: Laura Ruiz',
    ].join('\n');
    expect(extractProgram(text).questions.map((q) => q.text)).toEqual([
      '¿Cómo se distribuye el agua en la zona metropolitana?',
      '¿Quién decide las prioridades?',
      '¿Y las comunidades indígenas?',
    ]);
  });
});
