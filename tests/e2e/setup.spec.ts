import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const PROGRAM = readFileSync('resources/samples/segundo-conversatorio-metropolitano.txt', 'utf8');

test('a pasted program becomes an event: questions fixed with undo/redo, participants pasted, all there after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Nuevo evento desde un programa…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nuevo evento desde un programa');

  await page.getByLabel('Texto del programa').fill(PROGRAM);
  const questions = page.getByTestId('draft-questions').locator(':scope > li');
  await expect(questions).toHaveCount(6);
  await expect(page.getByTestId('preview-status')).toContainText('Encontramos 6 preguntas guía');
  await expect(page.getByTestId('source-view').locator('mark')).toHaveCount(6);
  await expect(page.getByLabel('Título del evento')).toHaveValue(/Segundo Conversatorio Metropolitano/);

  // Fix the typo the program has in question 3 ("actoreslocales").
  await page.getByRole('button', { name: 'Editar: Pregunta 3' }).click();
  const editor = page.getByRole('textbox', { name: 'Pregunta 3', exact: true });
  const fixed = (await editor.inputValue()).replace('actoreslocales', 'actores locales');
  await editor.fill(fixed);
  await editor.press('Enter');
  await expect(questions.nth(2)).toContainText('actores locales');

  const history = page.getByTestId('draft-history');
  await history.getByRole('button', { name: 'Deshacer' }).click();
  await expect(questions.nth(2)).toContainText('actoreslocales');
  await history.getByRole('button', { name: 'Rehacer' }).click();
  await expect(questions.nth(2)).toContainText('actores locales');

  await page.getByRole('button', { name: 'Pegar una lista de participantes…' }).click();
  await page.getByRole('textbox', { name: 'Lista de participantes' }).fill('Ana López — Directora de Planeación, SEDATU\nLuis Pérez – Investigador, UNAM\n');
  await expect(page.getByTestId('bulk-preview').locator('tbody tr')).toHaveCount(2);
  await page.getByRole('button', { name: 'Agregar 2 participantes' }).click();
  await expect(page.getByTestId('setup-participants').locator(':scope > li')).toHaveCount(2);

  await page.getByRole('button', { name: 'Crear evento' }).click();
  await expect(page).toHaveURL(/#\/events\//);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Segundo Conversatorio Metropolitano');
  const stored = page.getByTestId('question-list').locator(':scope > li');
  await expect(stored).toHaveCount(6);
  await expect(stored.nth(2)).toContainText('actores locales');
  await expect(page.getByText('Ana López')).toBeVisible();
  await expect(page.getByText('Luis Pérez')).toBeVisible();
});
