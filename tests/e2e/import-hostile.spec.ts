import { expect, test, type Page } from '@playwright/test';
import { HOSTILE_TITLE, hostileBaseText } from '../fixtures/hostile-base';
import { hostileFiles, type HostileFile } from '../fixtures/hostile-files';
import { SAMPLE_TITLE, demoEventFile } from './helpers';

/** Every record of every store, read straight from IndexedDB: what "the database is unchanged" means. */
function dbSnapshot(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('relator');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].filter((n) => n !== 'settings');
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function pickInLibrary(page: Page, file: HostileFile): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Importar archivo de evento/ }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.bytes) });
}

const files = hostileFiles(hostileBaseText());

test.describe('importing hostile files in the library', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.event-card')).toHaveCount(1);
  });

  for (const file of files.filter((f) => f.outcome === 'refused')) {
    test(`${file.name} is refused in words and changes nothing`, async ({ page }) => {
      const before = await dbSnapshot(page);
      await pickInLibrary(page, file);
      const errors = page.getByTestId('import-errors');
      await expect(errors).toBeVisible();
      await expect(errors).toContainText(`No se pudo importar «${file.name}». No se cambió nada.`);
      await expect(errors.locator('li')).toHaveCount(1);
      await expect(errors.locator('li').first()).toHaveText(file.says);
      await expect(errors).not.toContainText(/null|undefined|\[object|Ã|�/);
      expect(await dbSnapshot(page)).toEqual(before);
      await expect(page.locator('.event-card')).toHaveCount(1);
    });
  }

  for (const file of files.filter((f) => f.outcome === 'accepted')) {
    test(`${file.name} is read with its accents intact`, async ({ page }) => {
      // The import runs in its worker, not on the page.
      const worker = page.waitForEvent('worker', (w) => /import\.worker/.test(w.url()));
      await pickInLibrary(page, file);
      await worker;
      await expect(page.getByRole('link', { name: HOSTILE_TITLE })).toBeVisible();
      await expect(page.locator('.event-card')).toHaveCount(2);
    });
  }

  test('a Windows-1252 file is imported only after the user confirms the preview; cancelling changes nothing', async ({ page }) => {
    const file = files.find((f) => f.outcome === 'confirm')!;
    const before = await dbSnapshot(page);

    await pickInLibrary(page, file);
    const dialog = page.getByRole('dialog', { name: `¿Leer «${file.name}» como Windows-1252?` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('encoding-preview')).toContainText('¿Cómo decidimos? Diálogo «metropolitano» en Señorío — “2026”');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await expect(page.getByText('Importación cancelada: no se cambió nada.')).toBeVisible();
    expect(await dbSnapshot(page)).toEqual(before);

    await pickInLibrary(page, file);
    await page.getByRole('dialog').getByRole('button', { name: 'Importar como Windows-1252' }).click();
    await expect(page.getByRole('link', { name: HOSTILE_TITLE })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) })).toBeVisible();
  });
});

test('a large import shows its progress and, cancelled while saving, leaves the database exactly as it was', async ({ page }) => {
  const file = demoEventFile(30_000, 5);
  await page.goto('/');
  await expect(page.locator('.event-card')).toHaveCount(1);
  const before = await dbSnapshot(page);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /Importar archivo de evento/ }).click();
  await (await chooser).setFiles(file);
  const panel = page.getByTestId('import-progress');
  await expect(panel.getByRole('progressbar')).toBeVisible();
  await expect(page.getByRole('button', { name: /Importar archivo de evento/ })).toBeDisabled();
  // Cancel in the middle of the database write: what was already written must be rolled back.
  await expect(panel).toContainText(/Guardando: [\d,]+ de 30,\d{3} registros/, { timeout: 60_000 });
  await panel.getByRole('button', { name: 'Cancelar la importación' }).click();
  await expect(page.getByText('Importación cancelada: no se cambió nada.')).toBeVisible({ timeout: 60_000 });
  await expect(panel).toHaveCount(0);
  expect(await dbSnapshot(page)).toEqual(before);
  await expect(page.locator('.event-card')).toHaveCount(1);
});
