import { expect, test } from '@playwright/test';
import { queueNewPeople, sampleEventId } from './helpers';

test('the program: turns queued for the forum appear planned and not held, after the methodology or as an annex, as chosen', async ({
  page,
}) => {
  const id = await sampleEventId(page);
  await page.goto(`/#/events/${id}/moderator`);
  await queueNewPeople(page, ['Ana Programa', 'Luis Agenda'], '7');
  await page.goto(`/#/events/${id}/report`);
  const preview = page.getByRole('region', { name: 'Texto de la relatoría' });
  await expect(preview.getByRole('heading', { name: 'Programa', exact: true })).toBeVisible();
  const program = preview.getByRole('table').filter({ hasText: 'Inicio real' });
  await expect(program.getByRole('row').filter({ hasText: 'Ana Programa' })).toHaveText(/Ana Programa\s*7:00\s*no se tomó/);
  await expect(program.getByRole('row').last()).toHaveText(/Total\s*14:00/);

  await page.getByRole('radio', { name: 'Como anexo' }).check();
  await expect(preview.getByRole('heading', { name: 'Anexo: programa' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Programa', exact: true })).toHaveCount(0);
  await page.getByRole('radio', { name: 'No incluirlo' }).check();
  await expect(preview.getByRole('heading', { name: /programa/i })).toHaveCount(0);
});
