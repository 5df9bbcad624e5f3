import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importProgramCommand } from '../../../src/cli/commands/import-program';
import { questionsCommand } from '../../../src/cli/commands/questions';
import { UsageError } from '../../../src/cli/command';
import { parseEventFile } from '../../../src/core/file-format';
import { fakeIo } from '../cli/fake-io';

const sample = readFileSync(new URL('../../../resources/samples/segundo-conversatorio-metropolitano.txt', import.meta.url), 'utf8');

describe('relator questions', () => {
  it('prints the questions and the heading as JSON', async () => {
    const { io, stdout } = fakeIo({ 'p.txt': sample });
    expect(await questionsCommand.run(['p.txt'], io)).toBe(0);
    const out = JSON.parse(stdout());
    expect(out.heading).toBe('Preguntas Guía');
    expect(out.questions).toHaveLength(6);
    expect(out.questions[0]).toEqual({
      text: '¿Cómo los retos y respuestas inmediatas ante el COVID19 se convierten en catalizadores para fortalecer los procesos de gobernanza metropolitana en México?',
      block: '',
    });
  });

  it('reads standard input for FILE "-" and warns when there is no heading', async () => {
    const { io, stdout, stderr } = fakeIo(
      { '<stdin>': 'What can cities learn from the pandemic?\nWho pays for public transport?\n' },
      'en',
    );
    expect(await questionsCommand.run(['-'], io)).toBe(0);
    expect(JSON.parse(stdout())).toEqual({
      questions: [
        { text: 'What can cities learn from the pandemic?', block: '' },
        { text: 'Who pays for public transport?', block: '' },
      ],
      heading: null,
    });
    expect(stderr()).toMatch(/no guiding-questions heading/);
  });

  it('reports a missing file and rejects extra arguments', async () => {
    const { io, stderr } = fakeIo();
    expect(await questionsCommand.run(['missing.txt'], io)).toBe(1);
    expect(stderr()).toMatch(/No existe el archivo missing.txt/);
    await expect(questionsCommand.run(['a.txt', 'b.txt'], io)).rejects.toBeInstanceOf(UsageError);
  });
});

describe('relator import-program', () => {
  it('writes a valid event file with the program data and its questions', async () => {
    const { io, disk, stdout } = fakeIo({ 'p.txt': sample });
    expect(await importProgramCommand.run(['p.txt', '-o', 'e.relator.json'], io)).toBe(0);
    const parsed = parseEventFile(disk.get('e.relator.json')!);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.bundle.event.title).toBe('Segundo Conversatorio Metropolitano');
    expect(parsed.bundle.event.language).toBe('es');
    expect(parsed.bundle.event.organisers).toContain('SEDATU');
    expect(parsed.bundle.questions.map((q) => q.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(stdout()).toMatch(/6 preguntas guía/);
  });

  it('lets --title and --date override what the text says', async () => {
    const { io, disk } = fakeIo({ 'p.txt': 'Forum on water\nJune 3, 2022\n\nGuiding questions\n1. How do we share water fairly?\n' });
    expect(await importProgramCommand.run(['p.txt', '--title', 'Water forum', '--date', '2022-06-04', '-o', 'out.json'], io)).toBe(0);
    const parsed = parseEventFile(disk.get('out.json')!);
    if (!parsed.ok) throw new Error('invalid file');
    expect(parsed.bundle.event).toMatchObject({ title: 'Water forum', date: '2022-06-04', language: 'en' });
    expect(parsed.bundle.questions.map((q) => q.text)).toEqual(['How do we share water fairly?']);
  });

  it('takes the date from the text when no --date is given', async () => {
    const { io, disk } = fakeIo({ 'p.txt': 'Foro del agua\nFecha: 3 de junio de 2022\n\nPreguntas guía\n1. ¿Cómo repartir el agua?\n' });
    expect(await importProgramCommand.run(['p.txt', '-o', 'out.json'], io)).toBe(0);
    const parsed = parseEventFile(disk.get('out.json')!);
    expect(parsed.ok && parsed.bundle.event.date).toBe('2022-06-03');
  });

  it('takes the place and start time from the text', async () => {
    const program =
      'Foro del agua\nFecha: 3 de junio de 2022, 9:30 h\nLugar: Teatro Municipal\n\nPreguntas guía\n1. ¿Cómo repartir el agua?\n';
    const { io, disk } = fakeIo({ 'p.txt': program });
    expect(await importProgramCommand.run(['p.txt', '-o', 'out.json'], io)).toBe(0);
    const parsed = parseEventFile(disk.get('out.json')!);
    if (!parsed.ok) throw new Error('invalid file');
    expect(parsed.bundle.event).toMatchObject({ place: 'Teatro Municipal', startTime: '09:30' });
  });

  it('refuses a bad date or a missing output without writing anything', async () => {
    const { io, disk } = fakeIo({ 'p.txt': sample });
    await expect(importProgramCommand.run(['p.txt', '--date', '2022-02-30', '-o', 'x.json'], io)).rejects.toThrow(/AAAA-MM-DD/);
    await expect(importProgramCommand.run(['p.txt', '--date', '15/06/2021', '-o', 'x.json'], io)).rejects.toBeInstanceOf(UsageError);
    await expect(importProgramCommand.run(['p.txt'], io)).rejects.toThrow(/-o FILE/);
    expect(disk.has('x.json')).toBe(false);
  });

  it('still writes an event (without questions) when the text has none, and says so', async () => {
    const { io, disk, stderr } = fakeIo({ 'p.txt': 'Foro del agua\n\nBienvenida y presentación.\n' });
    expect(await importProgramCommand.run(['p.txt', '-o', 'out.json'], io)).toBe(0);
    const parsed = parseEventFile(disk.get('out.json')!);
    expect(parsed.ok && parsed.bundle.questions).toEqual([]);
    expect(stderr()).toMatch(/no se encontraron preguntas guía/);
  });
});
