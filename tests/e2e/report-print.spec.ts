import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PYTHON, PYTHON_DOCX, missingClients } from '../real-clients';
import { SAMPLE_TITLE } from './helpers';

async function openSampleReport(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('navigation', { name: 'Secciones del evento' }).getByRole('link', { name: 'Relatoría' }).click();
  await expect(page.getByRole('heading', { name: 'Vista previa', level: 2 })).toBeVisible();
}

test('in the browser, the print view shows the report with its print stylesheet: cover, contents, sections', async ({ page }) => {
  await openSampleReport(page);
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Vista para imprimir o guardar en PDF' }).click();
  const view = await popup;
  await expect(view.locator('.cover h1')).toHaveText(SAMPLE_TITLE);
  await expect(view.locator('.cover-kicker')).toHaveText('Relatoría');
  await expect(view.getByRole('heading', { name: 'Contenido' })).toBeVisible();
  await expect(view.getByRole('link', { name: /^Pregunta 1\./ })).toHaveAttribute('href', '#s-question-1');
  await expect(view.locator('#s-question-1')).toHaveText(/^Pregunta 1\./);
  // The stylesheet is in force (adopted, since the page's policy forbids inline styles): the cover has a page of its own.
  const breakAfter = await view.locator('.cover').evaluate((el) => getComputedStyle(el).breakAfter);
  expect(breakAfter).toBe('page');
  await expect(page.getByTestId('report-save-error')).toHaveCount(0);
});

test('the Word template chosen on the report screen gives the DOCX its heading font', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'relator-template-e2e-'));
  await openSampleReport(page);
  await page.getByLabel('Institucional (ejemplo con logo)').check();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Guardar relatoría (Word, .docx)' }).click();
  const file = await pending;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  await expect(page.getByTestId('report-save-error')).toHaveCount(0);
  const missing = missingClients(PYTHON_DOCX);
  test.skip(missing !== null, `python-docx: ${missing}`);
  const font = execFileSync(PYTHON, [
    '-c',
    "import sys, docx; print({s.style_id: s for s in docx.Document(sys.argv[1]).styles}['Heading1'].font.name)",
    path,
  ]);
  expect(font.toString().trim()).toBe('Cambria');
});
