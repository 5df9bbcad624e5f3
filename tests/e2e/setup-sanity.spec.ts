import { expect, test } from '@playwright/test';

// The computer's zone, as the browser reports it: the field starts there.
test.use({ timezoneId: 'America/Mexico_City' });

test('the time zone is chosen from the IANA list, starts at the computer’s zone, and free text is refused in setup and on the overview', async ({
  page,
}) => {
  await page.goto('/#/setup');
  await page.getByLabel('Título del evento').fill('Foro del agua');
  const zone = page.getByRole('combobox', { name: 'Zona horaria' });
  await expect(zone).toHaveValue('America/Mexico_City');
  // Mexico's zones come right after the computer's for a Spanish interface.
  const options = page.locator('#setup-time-zones option');
  await expect(options.nth(0)).toHaveAttribute('value', 'America/Mexico_City');
  await expect(options.nth(1)).toHaveAttribute('value', 'America/Monterrey');
  expect(await options.count()).toBeGreaterThan(300);

  await zone.fill('Hora de México');
  await page.getByRole('button', { name: 'Crear evento' }).click();
  await expect(page.getByText('Elige una zona horaria de la lista')).toBeVisible();
  await expect(zone).toBeFocused();
  await expect(zone).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/#\/setup/);

  await zone.fill('america/merida');
  await expect(page.getByText('Elige una zona horaria de la lista')).toHaveCount(0);
  await page.getByRole('button', { name: 'Crear evento' }).click();
  await expect(page).toHaveURL(/#\/events\//);

  await page.getByRole('button', { name: 'Editar datos' }).click();
  const edit = page.getByRole('combobox', { name: 'Zona horaria' });
  await expect(edit).toHaveValue('America/Merida');
  await edit.fill('Hora de México');
  await page.getByRole('button', { name: 'Guardar datos' }).click();
  await expect(page.getByText('Elige una zona horaria de la lista')).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Editar datos' }).click();
  await expect(page.getByRole('combobox', { name: 'Zona horaria' })).toHaveValue('America/Merida');
});

test('an implausible number of questions is flagged in the preview and needs a confirmation to become an event', async ({ page }) => {
  const program = [
    'Foro de prueba',
    '',
    'Preguntas guía',
    ...Array.from({ length: 40 }, (_, i) => `${i + 1}. ¿Qué hacemos con el tema ${i + 1}?`),
  ];
  await page.goto('/#/setup');
  await page.getByLabel('Texto del programa').fill(program.join('\n'));
  await expect(page.getByTestId('draft-questions').locator(':scope > li')).toHaveCount(40);
  const doubts = page.getByTestId('question-doubts');
  await expect(doubts).toContainText('Son 40 preguntas guía; un foro suele tener hasta 30.');
  await page.getByLabel('Título del evento').fill('Foro de prueba');

  await page.getByRole('button', { name: 'Crear evento' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Crear el evento con estas preguntas guía?' });
  await expect(dialog).toContainText('Son 40 preguntas guía');
  await dialog.getByRole('button', { name: 'Revisar las preguntas' }).click();
  await expect(page).toHaveURL(/#\/setup/);

  await page.getByRole('button', { name: 'Crear evento' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Crear de todos modos' }).click();
  await expect(page).toHaveURL(/#\/events\//);
  await expect(page.getByTestId('question-list').locator(':scope > li')).toHaveCount(40);
});
