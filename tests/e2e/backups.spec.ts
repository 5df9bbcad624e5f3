import { expect, test, type Page } from '@playwright/test';
import { LAPTOP_SIZES, SAMPLE_TITLE, axeProblems, inside, pageWidth, viewportBox } from './helpers';

/*
 * Backups in the browser build. The backups folder is "picked" through the File System Access
 * API: showDirectoryPicker is answered with a folder of the origin-private file system, which is
 * a real directory handle the app writes through exactly as it would into a folder on disk.
 */

const PICKED = 'carpeta-elegida';
const TITLE = 'Mesa de diálogo: agua y ciudad';
const NOTES = [
  'El agua se decide lejos de los barrios que la pagan.',
  '!Crear un observatorio metropolitano del agua',
  'Las fugas se llevan casi un tercio del agua potable (dato ilustrativo).',
];

async function pickOpfsFolder(page: Page): Promise<void> {
  await page.addInitScript((name) => {
    (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
      (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
  }, PICKED);
}

/** Names and texts of the files in the picked folder. */
async function pickedFiles(page: Page): Promise<Array<{ name: string; text: string }>> {
  return page.evaluate(async (name) => {
    const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
    const files: Array<{ name: string; text: string }> = [];
    for await (const [entry, handle] of (folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
      if (handle.kind === 'file') files.push({ name: entry, text: await (await (handle as FileSystemFileHandle).getFile()).text() });
    }
    return files;
  }, PICKED);
}

async function createEventWithNotes(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Nuevo evento' }).click();
  await page.getByLabel('Título del evento').fill(TITLE);
  await page.getByRole('button', { name: 'Crear evento' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await page.getByRole('link', { name: 'Captura' }).click();
  const composer = page.getByRole('textbox', { name: 'Nueva nota' });
  for (const text of NOTES) {
    await composer.fill(text);
    await composer.press('Enter');
    await expect(composer).toHaveValue('');
  }
}

test('editing an event writes a snapshot into the picked folder; after the database is deleted the next start offers it and restores every note', async ({
  page,
}) => {
  await pickOpfsFolder(page);
  await page.clock.install();
  await page.goto('/#/backups');
  await expect(page.getByTestId('backup-place')).toContainText('almacenamiento privado de este navegador');
  await page.getByRole('button', { name: 'Elegir una carpeta para las copias…' }).click();
  await expect(page.getByTestId('backup-place')).toHaveText(`En la carpeta «${PICKED}» que elegiste`);

  await createEventWithNotes(page);
  // Two minutes of work later, the changed event is written (and the untouched sample is not).
  await page.clock.fastForward('02:05');
  await expect.poll(async () => (await pickedFiles(page)).filter((f) => f.text.includes(NOTES[2]!)).length).toBe(1);
  const [snapshot] = await pickedFiles(page);
  expect(snapshot!.name).toMatch(
    /^Mesa de diálogo agua y ciudad — \d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d\.\d{3}Z — [0-9a-f-]{36}\.relator\.json$/,
  );
  expect(await pickedFiles(page)).toHaveLength(1);

  // The database is deleted (as "clear site data" for IndexedDB would), with the app closed.
  await page.route('**/blank.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto('/blank.html');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('relator');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('blocked'));
      }),
  );

  await page.goto('/');
  const notice = page.getByTestId('loss-notice');
  await expect(notice).toContainText('Faltan los datos que Relator tenía en este equipo');
  await expect(page.getByRole('link', { name: TITLE })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/backups-loss-notice.png' });
  await notice.getByRole('button', { name: new RegExp(`^Restaurar «${TITLE.replace(':', '')}»`) }).click();
  await expect(page.getByRole('status').filter({ hasText: `Evento restaurado: «${TITLE}»` })).toBeVisible();
  await notice.getByRole('button', { name: 'Cerrar aviso' }).click();
  await expect(notice).toHaveCount(0);

  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('link', { name: 'Captura' }).click();
  const timeline = page.getByRole('list', { name: /^Notas:/ });
  for (const text of NOTES) await expect(timeline.locator('article', { hasText: text.replace(/^!/, '') })).toHaveCount(1);

  // Seen once: the next start does not warn again.
  await page.goto('/');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Eventos', level: 1 })).toBeVisible();
  await expect(page.getByTestId('loss-notice')).toHaveCount(0);
});

test('the backups screen lists snapshots by event, restores one as a copy and replaces an event after asking', async ({ page }) => {
  await pickOpfsFolder(page);
  await createEventWithNotes(page);
  await page.goto('/#/backups');
  await page.getByRole('button', { name: 'Elegir una carpeta para las copias…' }).click();
  await page.getByRole('button', { name: 'Hacer una copia ahora' }).click();
  // Every event not yet backed up in this session: the new one and the sample.
  await expect(page.getByRole('status').filter({ hasText: 'Copias hechas de 2 eventos.' })).toBeVisible();
  const group = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(TITLE) }) });
  await expect(group.getByRole('button', { name: 'Restaurar como copia' })).toHaveCount(1);

  await group.getByRole('button', { name: 'Restaurar como copia' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Evento restaurado: «${TITLE}»` })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: `${TITLE} (copia)` })).toBeVisible();

  await page.goto('/#/backups');
  await group
    .getByRole('button', { name: /^Reemplazar «/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: '¿Reemplazar el evento con la copia?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Reemplazar' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Evento restaurado: «${TITLE}»` })).toBeVisible();
  // The event as it was just before the replace was backed up first: one more snapshot of it.
  await expect(group.getByRole('button', { name: /^Reemplazar «/ })).toHaveCount(2);
});

test('the header says in plain words how the data is kept and where the backups are', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Eventos', level: 1 })).toBeVisible();
  const info = page.getByTestId('storage-status');
  await expect(info).not.toContainText('no concedido');
  await info.getByText('Tus datos').click();
  await expect(info).toHaveAttribute('open', '');
  await expect(info).toContainText('Tus eventos se guardan en este equipo');
  await expect(page.getByTestId('storage-backups')).toHaveText('Copias de seguridad: en el almacenamiento del navegador.');
  await page.screenshot({ path: 'test-results/backups-storage-info.png' });
  await info.getByRole('link', { name: 'Abrir las copias de seguridad' }).click();
  await expect(page.getByRole('heading', { name: 'Copias de seguridad', level: 1 })).toBeVisible();

  // With the backups only in the browser, an event's screen reminds the rapporteur to save its file.
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await expect(page.getByTestId('save-reminder')).toContainText('solo están en este navegador');
  await expect(page.getByTestId('save-reminder').getByRole('button', { name: 'Guardar el archivo del evento…' })).toBeVisible();
});

for (const size of LAPTOP_SIZES) {
  test(`the backups screen fits ${size.width}×${size.height} and passes axe`, async ({ page }) => {
    await page.setViewportSize(size);
    await pickOpfsFolder(page);
    await createEventWithNotes(page);
    await page.goto('/#/backups');
    await page.getByRole('button', { name: 'Elegir una carpeta para las copias…' }).click();
    await page.getByRole('button', { name: 'Hacer una copia ahora' }).click();
    await expect(page.getByRole('button', { name: 'Restaurar como copia' }).first()).toBeVisible();
    const { scrollWidth, innerWidth } = await pageWidth(page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    const viewport = await viewportBox(page);
    expect(inside((await page.getByRole('button', { name: 'Hacer una copia ahora' }).boundingBox())!, viewport)).toBe(true);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: `test-results/backups-${size.width}x${size.height}.png` });
  });
}
