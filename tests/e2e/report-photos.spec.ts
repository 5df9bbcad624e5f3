import { expect, test } from '@playwright/test';
import { solidPng } from '../png-fixture';
import { SAMPLE_TITLE } from './helpers';

test('photos: a large PNG is resized and listed with its thumbnail, captioned and removable; a broken file is refused with its name', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('navigation', { name: 'Secciones del evento' }).getByRole('link', { name: 'Relatoría' }).click();
  await page.getByText('Fotografías', { exact: true }).click();
  await page.getByTestId('photo-file-input').setInputFiles([
    { name: 'inauguracion.png', mimeType: 'image/png', buffer: Buffer.from(solidPng(2400, 1200)) },
    { name: 'rota.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3]) },
    { name: 'notas.png', mimeType: 'image/png', buffer: Buffer.from('no soy una imagen') },
  ]);
  const alert = page.getByTestId('report-photos').getByRole('alert');
  await expect(alert).toContainText('«notas.png» no es una imagen PNG o JPEG; no se añadió.');
  await expect(alert).toContainText('«rota.jpg» no es una imagen PNG o JPEG');
  await expect(page.getByText('Se añadió 1 foto.')).toBeVisible();
  // Stored at 1600 px on its long side.
  await expect(page.getByTestId('report-photos').getByText('1600 × 800 px')).toBeVisible();
  await expect(page.getByTestId('report-photos').getByRole('img', { name: 'Fotografía 1' })).toBeVisible();

  await page.getByLabel('Pie de la fotografía 1').fill('Inauguración del conversatorio');
  await page.getByLabel('Pie de la fotografía 1').press('Tab');
  const preview = page.getByRole('region', { name: 'Texto de la relatoría' });
  await expect(preview.getByRole('heading', { name: 'Anexo fotográfico' })).toBeVisible();
  await expect(preview).toContainText('Fotografía 1. Inauguración del conversatorio');

  await page.reload();
  await page.getByText('Fotografías: 1', { exact: true }).click();
  await expect(page.getByLabel('Pie de la fotografía 1')).toHaveValue('Inauguración del conversatorio');
  await page.getByRole('button', { name: 'Quitar la fotografía 1' }).click();
  await expect(preview.getByRole('heading', { name: 'Anexo fotográfico' })).toHaveCount(0);
});

test('logos: an organiser’s logo is added for the cover, named by its organisation, and goes to the print view’s cover', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('navigation', { name: 'Secciones del evento' }).getByRole('link', { name: 'Relatoría' }).click();
  await page.getByText('Logotipos de la portada', { exact: true }).click();
  await page
    .getByTestId('logo-file-input')
    .setInputFiles({ name: 'sedatu.png', mimeType: 'image/png', buffer: Buffer.from(solidPng(400, 200)) });
  await expect(page.getByText('Logotipos de la portada: 1', { exact: true })).toBeVisible();
  await page.getByLabel('Organización del logotipo 1').fill('SEDATU');
  await page.getByLabel('Organización del logotipo 1').press('Tab');
  await expect(page.getByTestId('report-logos').getByRole('img', { name: 'SEDATU' })).toBeVisible();
  // Logos are not photos: no photo annex.
  await expect(page.getByRole('region', { name: 'Texto de la relatoría' }).getByRole('heading', { name: 'Anexo fotográfico' })).toHaveCount(
    0,
  );
  const [print] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Vista para imprimir o guardar en PDF' }).click(),
  ]);
  await expect(print.locator('.cover .cover-logos img[alt="SEDATU"]')).toBeVisible();
});

test('photos are put in the annex’s order from the keyboard, and the relatoría follows it', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('navigation', { name: 'Secciones del evento' }).getByRole('link', { name: 'Relatoría' }).click();
  await page.getByText('Fotografías', { exact: true }).click();
  await page.getByTestId('photo-file-input').setInputFiles([
    { name: 'a.png', mimeType: 'image/png', buffer: Buffer.from(solidPng(300, 200)) },
    { name: 'b.png', mimeType: 'image/png', buffer: Buffer.from(solidPng(200, 300)) },
  ]);
  await expect(page.getByText('Se añadieron 2 fotos.')).toBeVisible();
  for (const [n, caption] of [
    [1, 'Mesa principal'],
    [2, 'Público'],
  ] as const) {
    await page.getByLabel(`Pie de la fotografía ${n}`).fill(caption);
    await page.getByLabel(`Pie de la fotografía ${n}`).press('Tab');
  }
  const preview = page.getByRole('region', { name: 'Texto de la relatoría' });
  await expect(preview).toContainText('Fotografía 2. Público');
  await expect(page.getByRole('button', { name: 'Subir la fotografía 1' })).toBeDisabled();

  await page.getByRole('button', { name: 'Subir la fotografía 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Pie de la fotografía 1')).toHaveValue('Público');
  await expect(preview).toContainText('Fotografía 1. Público');
  await expect(preview).toContainText('Fotografía 2. Mesa principal');
  // The keyboard stays on the moved photo: its "down" button, since it cannot go further up.
  await expect(page.getByRole('button', { name: 'Bajar la fotografía 1' })).toBeFocused();
  await page.reload();
  await page.getByText('Fotografías: 2', { exact: true }).click();
  await expect(page.getByLabel('Pie de la fotografía 1')).toHaveValue('Público');
});
