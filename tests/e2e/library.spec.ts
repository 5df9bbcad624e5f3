import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE, corruptCopy, demoEventFile, importThroughUi } from './helpers';

test('the built-in sample event shows its six guiding questions', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(SAMPLE_TITLE);
  const questions = page.getByTestId('question-list').locator(':scope > li');
  await expect(questions).toHaveCount(6);
  await expect(questions.first()).toContainText('catalizadores para fortalecer los procesos de gobernanza metropolitana');
  await expect(questions.nth(5)).toContainText('¿Cómo seguir aprendiendo sobre diversas iniciativas');
});

test('an event created from the keyboard is still there after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Eventos', level: 1 })).toBeVisible();
  const create = page.getByRole('button', { name: 'Nuevo evento' });
  await create.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Título del evento')).toBeFocused();
  await page.keyboard.type('Mesa de diálogo: agua y ciudad');
  await page.getByLabel('Fecha').fill('2026-12-03');
  await page.getByRole('button', { name: 'Crear evento' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mesa de diálogo: agua y ciudad');

  await page.getByRole('button', { name: 'Agregar pregunta guía' }).click();
  await expect(page.getByLabel('Nueva pregunta guía')).toBeFocused();
  await page.keyboard.type('¿Quién decide sobre el agua en la ciudad?');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('question-list')).toContainText('¿Quién decide sobre el agua en la ciudad?');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mesa de diálogo: agua y ciudad');
  await expect(page.getByTestId('question-list')).toContainText('¿Quién decide sobre el agua en la ciudad?');
  await page.getByRole('link', { name: /Volver a eventos/ }).click();
  await expect(page.getByRole('link', { name: 'Mesa de diálogo: agua y ciudad' })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) })).toBeVisible();
});

test('deleting asks first and can be undone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: `Eliminar: ${SAMPLE_TITLE}`, exact: false }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('¿Eliminar el evento?');
  await dialog.getByRole('button', { name: 'Eliminar' }).click();
  await expect(page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) })).toHaveCount(0);
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await expect(page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) })).toBeVisible();
});

test('the interface switches to English and remembers it', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Events', level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New event' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a corrupted event file is refused, naming the field, and changes nothing', async ({ page }) => {
  const good = demoEventFile(200);
  const bad = corruptCopy(good, (data) => {
    data.notes[3].text = 42;
  });
  await page.goto('/');
  const cards = page.locator('.event-card');
  await expect(cards).toHaveCount(1);

  await importThroughUi(page, bad, /Importar archivo de evento/);
  const errors = page.getByTestId('import-errors');
  await expect(errors).toBeVisible();
  await expect(errors).toContainText('notes[3].text');
  await expect(errors).toContainText('No se cambió nada');
  await page.reload();
  await expect(cards).toHaveCount(1);

  await importThroughUi(page, good, /Importar archivo de evento/);
  await expect(cards).toHaveCount(2);
  // The same file again is a conflict: the user chooses to keep both.
  await importThroughUi(page, good, /Importar archivo de evento/);
  await page.getByRole('dialog').getByRole('button', { name: 'Importar como copia' }).click();
  await expect(cards).toHaveCount(3);
  await expect(page.locator('.event-card', { hasText: '(copia)' })).toHaveCount(1);
});
