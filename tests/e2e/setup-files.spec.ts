import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/* The program as a PDF and as a Word document (tests/fixtures/documents; see tests/unit/program/documents.test.ts). */
const DOCS = 'tests/fixtures/documents/';
const QUESTIONS = [
  '¿Qué acuerdos entre municipios han permitido compartir fuentes de abastecimiento durante la sequía?',
  '¿Cómo deben participar las comunidades en las decisiones sobre tarifas y cortes?',
  '¿Qué información pública falta para evaluar a los organismos operadores?',
  '¿Qué proyectos de captación de lluvia y reúso pueden escalarse a toda la zona metropolitana?',
  '¿Cómo financiar la infraestructura verde en las colonias con menos recursos?',
];

async function openSetup(page: Page): Promise<void> {
  await page.goto('/#/setup');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nuevo evento desde un programa');
}

async function expectQuestions(page: Page): Promise<void> {
  const items = page.getByTestId('draft-questions').locator(':scope > li .question-text');
  await expect(items).toHaveText(QUESTIONS);
  await expect(page.getByTestId('preview-status')).toContainText('Encontramos 5 preguntas guía');
}

/** Drops a file from the test's disk on `target`, as a file manager does (a DataTransfer holding a File). */
async function dropFile(page: Page, selector: string, path: string, name: string, type: string): Promise<void> {
  const base64 = readFileSync(path).toString('base64');
  const data = await page.evaluateHandle(
    ({ base64, name, type }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      return transfer;
    },
    { base64, name, type },
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: data });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: data });
}

test('a PDF opened with the file picker gives its questions, read in a worker started only then, within the CSP', async ({ page }) => {
  const workers: string[] = [];
  const csp: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) csp.push(m.text());
  });
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().endsWith('.js')) scripts.push(r.url());
  });
  await openSetup(page);
  // Nothing of pdf.js or mammoth is loaded with the page.
  expect(workers.some((u) => u.includes('read-file.worker'))).toBe(false);
  const before = scripts.length;

  await page.getByTestId('program-file-input').setInputFiles(`${DOCS}programa-foro-agua.pdf`);
  await expect(page.getByTestId('program-file-status')).toHaveText(
    'Se leyó el texto de «programa-foro-agua.pdf»: abajo lo ves con las preguntas encontradas.',
  );
  await expectQuestions(page);
  await expect(page.getByLabel('Título del evento')).toHaveValue('Foro Metropolitano del Agua 2024');
  expect(workers.some((u) => u.includes('read-file.worker'))).toBe(true);
  expect(scripts.length).toBeGreaterThan(before);
  expect(csp).toEqual([]);
});

test('a Word document dropped on the paste section gives its questions; a scanned PDF says it has no text', async ({ page }) => {
  await openSetup(page);
  await dropFile(
    page,
    '.setup-paste',
    `${DOCS}programa-foro-agua.docx`,
    'programa-foro-agua.docx',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  await expectQuestions(page);
  await expect(page.getByTestId('source-view')).toContainText('Foro Metropolitano del Agua 2024');

  await dropFile(page, '.setup-paste', `${DOCS}escaneado.pdf`, 'escaneado.pdf', 'application/pdf');
  await expect(page.getByRole('alert')).toContainText('«escaneado.pdf» es un PDF sin texto');
  // The program read before stays: nothing is replaced by a file that gave no text.
  await expectQuestions(page);
});
