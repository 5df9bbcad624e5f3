import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionsCommand } from '../../../src/cli/commands/questions';
import { importProgramCommand } from '../../../src/cli/commands/import-program';
import { readProgramDocument } from '../../../src/core/documents';
import { htmlToText } from '../../../src/core/documents/html-text';
import { parseEventFile } from '../../../src/core/file-format';
import { fakeIo } from '../cli/fake-io';

/*
 * tests/fixtures/documents: one program written as Markdown (programa-foro-agua.md), turned into a
 * Word document by pandoc (`pandoc programa-foro-agua.md -o programa-foro-agua.docx`, real numbered
 * lists) and into a PDF by LibreOffice (`soffice --headless --convert-to pdf programa-foro-agua.docx`);
 * escaneado.pdf is a page holding only a picture, as a scanner makes it.
 */
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/documents/${name}`, import.meta.url)));

const QUESTIONS = [
  '¿Qué acuerdos entre municipios han permitido compartir fuentes de abastecimiento durante la sequía?',
  '¿Cómo deben participar las comunidades en las decisiones sobre tarifas y cortes?',
  '¿Qué información pública falta para evaluar a los organismos operadores?',
  '¿Qué proyectos de captación de lluvia y reúso pueden escalarse a toda la zona metropolitana?',
  '¿Cómo financiar la infraestructura verde en las colonias con menos recursos?',
];

async function cliJson(name: string, bytes: Uint8Array): Promise<unknown> {
  const { io, stdout } = fakeIo({ [name]: bytes });
  expect(await questionsCommand.run([name], io)).toBe(0);
  return JSON.parse(stdout());
}

describe('program files', () => {
  it('`relator questions` prints the same JSON for the PDF, the Word document, the Markdown and a paste of its text', async () => {
    const pasted = await cliJson(
      'pegado.txt',
      new TextEncoder().encode(readFileSync(new URL('../../fixtures/documents/programa-foro-agua.md', import.meta.url), 'utf8')),
    );
    expect((pasted as { questions: { text: string }[] }).questions.map((q) => q.text)).toEqual(QUESTIONS);
    for (const name of ['programa-foro-agua.pdf', 'programa-foro-agua.docx', 'programa-foro-agua.md']) {
      expect(await cliJson(name, fixture(name))).toEqual(pasted);
    }
  }, 60_000);

  it("a scanned PDF says it has no text, in the user's language, and nothing is written", async () => {
    const es = fakeIo({ 'escaneado.pdf': fixture('escaneado.pdf') });
    expect(await importProgramCommand.run(['escaneado.pdf', '-o', 'e.relator.json'], es.io)).toBe(1);
    expect(es.stderr()).toMatch(/no tiene texto.*escaneado/);
    expect(es.disk.has('e.relator.json')).toBe(false);
    const en = fakeIo({ 'scan.pdf': fixture('escaneado.pdf') }, 'en');
    expect(await questionsCommand.run(['scan.pdf'], en.io)).toBe(1);
    expect(en.stderr()).toMatch(/has no text.*scanned/);
  }, 60_000);

  it('a damaged PDF or Word file is refused as such', async () => {
    const pdf = await readProgramDocument('x.pdf', new TextEncoder().encode('%PDF-1.7\nnot really'));
    expect(pdf).toMatchObject({ ok: false, problem: { code: 'damaged', kind: 'pdf' } });
    const docx = fixture('programa-foro-agua.docx').slice(0, 2000);
    expect(await readProgramDocument('x.docx', docx)).toMatchObject({ ok: false, problem: { code: 'damaged', kind: 'docx' } });
  }, 60_000);

  it('`relator import-program` reads a Word document into an event file', async () => {
    const { io, disk } = fakeIo({ 'p.docx': fixture('programa-foro-agua.docx') });
    expect(await importProgramCommand.run(['p.docx', '-o', 'e.relator.json'], io)).toBe(0);
    const parsed = parseEventFile(disk.get('e.relator.json')!);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.bundle.event.title).toBe('Foro Metropolitano del Agua 2024');
    expect(parsed.bundle.event.date).toBe('2024-03-22');
    expect(parsed.bundle.questions.map((q) => q.text)).toEqual(QUESTIONS);
  }, 60_000);
});

describe('web pages', () => {
  it('keep their text: no scripts, styles or hidden parts; lists numbered, table cells by tabs, entities decoded', () => {
    const html = `<!doctype html><html><head><title>x</title><style>p{color:red}</style><script>var q = "¿Pregunta falsa?"</script></head>
      <body><nav>Inicio</nav><h1>Foro &amp; Ciudad</h1><div hidden>¿Oculta?</div>
      <h2>Preguntas guía</h2><ol><li>¿Cómo <em>seguimos</em>?</li><li>¿Quién&nbsp;paga?</li></ol>
      <table><tr><th>Hora</th><th>Pregunta orientadora</th></tr><tr><td>10:00</td><td>¿Qué<br>sigue?</td></tr></table>
      <script>document.write('¿Otra?')</script></body></html>`;
    const text = htmlToText(html);
    expect(text).toBe(
      'Inicio\n\nForo & Ciudad\n\nPreguntas guía\n\n1. ¿Cómo seguimos?\n2. ¿Quién\u00a0paga?\n\nHora\tPregunta orientadora\n10:00\t¿Qué sigue?',
    );
    expect(text).not.toMatch(/falsa|Oculta|Otra/);
  });

  it('a saved page read as a program file gives its questions', async () => {
    const html =
      '<html><body><h2>Guiding questions</h2><ul><li>How do we fund <a href="/x">transit</a>?</li><li>Who decides?</li></ul></body></html>';
    const { io, stdout } = fakeIo({ 'page.htm': html });
    expect(await questionsCommand.run(['page.htm'], io)).toBe(0);
    expect(JSON.parse(stdout()).questions).toEqual([
      { text: 'How do we fund transit?', block: '' },
      { text: 'Who decides?', block: '' },
    ]);
  });
});
