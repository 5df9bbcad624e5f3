import { expect, test } from '@playwright/test';
import { SAMPLE_TITLE } from './helpers';

test('the relatoría’s own texts are written on the report screen, saved as typed, and become sections of the preview', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('navigation', { name: 'Secciones del evento' }).getByRole('link', { name: 'Relatoría' }).click();
  const preview = page.getByRole('region', { name: 'Texto de la relatoría' });
  // With no methodology written, the report drafts one from the event, and the screen shows that draft.
  await expect(preview.getByRole('heading', { name: 'Metodología', exact: true })).toBeVisible();
  await page.getByText('Textos de la relatoría').click();
  await expect(page.getByTestId('methodology-draft')).toContainText('preguntas guía');

  await page.getByLabel('Resumen ejecutivo').fill('Se acordó crear una mesa técnica metropolitana.');
  await page.getByLabel('Próximos pasos').fill('Segunda sesión en marzo.');
  await page.getByLabel('Elaboró (nombre y cargo)').fill('Relatora Uno, relatoría');
  await expect(preview.getByRole('heading', { name: 'Resumen ejecutivo', exact: true })).toBeVisible();
  await expect(preview).toContainText('Se acordó crear una mesa técnica metropolitana.');
  await expect(preview.getByRole('heading', { name: 'Próximos pasos', exact: true })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Firmas', exact: true })).toBeVisible();

  // Saved: after a reload the texts are still there.
  await page.reload();
  await page.getByText('Textos de la relatoría').click();
  await expect(page.getByLabel('Resumen ejecutivo')).toHaveValue('Se acordó crear una mesa técnica metropolitana.');
  await expect(page.getByLabel('Elaboró (nombre y cargo)')).toHaveValue('Relatora Uno, relatoría');
});
