import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parseEventFile } from '../../src/core/file-format';
import { SAMPLE_TITLE } from './helpers';

async function openCapture(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('link', { name: 'Captura' }).click();
  await expect(composer(page)).toBeVisible();
}

const composer = (page: Page) => page.getByRole('textbox', { name: 'Nueva nota' });
const timeline = (page: Page) => page.getByRole('list', { name: /^Notas:/ });
const note = (page: Page, text: string) => timeline(page).locator('article', { hasText: text });
const notices = (page: Page) => page.locator('.notices');
const binButton = (page: Page) => page.getByRole('button', { name: /^Papelera \(\d+\)$/ });
const bin = (page: Page) => page.getByRole('dialog', { name: 'Papelera' });
const toolbarButton = (page: Page, name: 'Deshacer' | 'Rehacer') =>
  page.getByRole('group', { name: 'Deshacer / Rehacer' }).getByRole('button', { name, exact: true });

async function write(page: Page, text: string): Promise<void> {
  await composer(page).fill(text);
  await composer(page).press('Enter');
  await expect(composer(page)).toHaveValue('');
  await expect(note(page, text)).toHaveCount(1);
}

async function editNote(page: Page, text: string, change: (form: ReturnType<Page['getByRole']>) => Promise<unknown>): Promise<void> {
  await note(page, text)
    .getByRole('button', { name: /^Editar/ })
    .click();
  const form = page.getByRole('form', { name: 'Editar nota' });
  await change(form);
  await form.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(form).toHaveCount(0);
}

/** Leaves every field, as a click on an empty part of the page would. */
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

/** Ctrl+Z / Ctrl+Shift+Z pressed where the focus is now (outside any text field, or in the empty composer). */
const undo = (page: Page) => page.keyboard.press('Control+z');
const redo = (page: Page) => page.keyboard.press('Control+Shift+z');

test('a note deleted by mistake waits in the bin after its notice is gone, and comes back to its question', async ({ page }) => {
  await openCapture(page);
  await composer(page).press('Alt+2');
  await expect(page.locator('#capture-current')).toContainText('2.');
  await write(page, 'Una nota que se borró por error');
  await write(page, 'Una nota que se queda');
  await note(page, 'se borró por error')
    .getByRole('button', { name: /^Eliminar/ })
    .click();
  await expect(note(page, 'se borró por error')).toHaveCount(0);
  await expect(notices(page)).toContainText('Nota eliminada: está en la papelera.');
  // The notice (and its Undo) goes away: the user closes it, as they would after reading it.
  await notices(page).getByRole('button', { name: 'Cerrar aviso' }).click();
  await expect(notices(page).getByRole('button', { name: 'Deshacer' })).toHaveCount(0);

  // Somewhere else entirely, the bin still holds the note.
  await composer(page).press('Alt+1');
  await expect(page.locator('#capture-current')).toContainText('1.');
  await expect(binButton(page)).toHaveText('Papelera (1)');
  await binButton(page).click();
  await expect(bin(page)).toBeVisible();
  const item = bin(page).getByRole('listitem').filter({ hasText: 'se borró por error' });
  await expect(item).toContainText(/^Idea/);
  await expect(item).toContainText('2.');
  const axe = await new AxeBuilder({ page }).include('.bin-panel').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await item.getByRole('button', { name: /^Restaurar: Una nota que se borró por error/ }).click();
  await expect(bin(page).getByRole('status')).toContainText(/Nota restaurada en «2\./);
  await expect(bin(page)).toContainText('La papelera está vacía.');
  await page.keyboard.press('Escape');
  await expect(bin(page)).toHaveCount(0);
  await expect(binButton(page)).toHaveText('Papelera (0)');

  await composer(page).press('Alt+2');
  await expect(note(page, 'se borró por error')).toHaveCount(1);
  await page.reload();
  await expect(note(page, 'se borró por error')).toHaveCount(1);
});

test('Ctrl+Z undoes and Ctrl+Shift+Z redoes add, edit, kind, speaker, star, move and delete', async ({ page }) => {
  await openCapture(page);
  await page.getByRole('button', { name: 'Añadir participante' }).click();
  await page.getByRole('textbox', { name: 'Nombre' }).fill('Ana María López');
  await page.getByRole('button', { name: 'Añadir', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Quién habla' })).toHaveValue(/.+/);
  await page.getByRole('combobox', { name: 'Quién habla' }).selectOption({ label: 'Sin orador' });

  // Add: right after Enter the composer is empty and the browser has nothing to undo there, so Ctrl+Z takes the note back.
  await write(page, 'Primera nota');
  await expect(composer(page)).toBeFocused();
  await undo(page);
  await expect(note(page, 'Primera nota')).toHaveCount(0);
  await expect(notices(page)).toContainText('Se deshizo: añadir nota. La nota está en la papelera.');
  await expect(binButton(page)).toHaveText('Papelera (1)');
  await redo(page);
  await expect(note(page, 'Primera nota')).toHaveCount(1);
  await expect(notices(page)).toContainText('Se rehízo: añadir nota.');

  // Typing in the composer keeps the browser's own undo: the history is not touched.
  await composer(page).pressSequentially('texto a medias');
  await undo(page);
  await expect(composer(page)).not.toHaveValue('texto a medias');
  await expect(note(page, 'Primera nota')).toHaveCount(1);
  await composer(page).fill('');

  // Edit.
  await editNote(page, 'Primera nota', (form) => form.getByRole('textbox', { name: 'Texto' }).fill('Primera nota, corregida'));
  await expect(note(page, 'corregida')).toContainText('editada');
  await undo(page);
  await expect(note(page, 'Primera nota')).not.toContainText('corregida');
  await expect(note(page, 'Primera nota')).not.toContainText('editada');
  await expect(notices(page)).toContainText('Se deshizo: editar nota.');
  await redo(page);
  await expect(note(page, 'Primera nota, corregida')).toHaveCount(1);

  // Kind.
  await editNote(page, 'corregida', (form) => form.getByRole('combobox', { name: 'Tipo de nota' }).selectOption({ label: 'Propuesta' }));
  await expect(note(page, 'corregida').locator('.note-kind')).toHaveText('Propuesta');
  await undo(page);
  await expect(note(page, 'corregida').locator('.note-kind')).toHaveText('Idea');
  await expect(notices(page)).toContainText('Se deshizo: cambiar el tipo de nota.');
  await page.keyboard.press('Control+y');
  await expect(note(page, 'corregida').locator('.note-kind')).toHaveText('Propuesta');

  // Speaker.
  await editNote(page, 'corregida', (form) =>
    form.getByRole('combobox', { name: 'Quién habla' }).selectOption({ label: 'Ana María López' }),
  );
  await expect(note(page, 'corregida')).toContainText('Ana María López');
  await undo(page);
  await expect(note(page, 'corregida')).not.toContainText('Ana María López');
  await expect(notices(page)).toContainText('Se deshizo: cambiar quién habla.');
  await redo(page);
  await expect(note(page, 'corregida')).toContainText('Ana María López');

  // Star.
  const star = note(page, 'corregida').getByRole('button', { name: /^Destacar/ });
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await undo(page);
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await redo(page);
  await expect(star).toHaveAttribute('aria-pressed', 'true');

  // Move several notes at once, through the selection.
  await composer(page).click();
  await write(page, 'Segunda nota');
  await note(page, 'corregida').getByRole('checkbox').check();
  await note(page, 'Segunda nota').getByRole('checkbox').check();
  await page.getByRole('combobox', { name: 'Mover a' }).selectOption({ index: 2 });
  await page.getByRole('button', { name: 'Mover', exact: true }).click();
  await expect(timeline(page).locator('article')).toHaveCount(0);
  await blur(page);
  await undo(page);
  await expect(note(page, 'corregida')).toHaveCount(1);
  await expect(note(page, 'Segunda nota')).toHaveCount(1);
  await expect(notices(page)).toContainText('Se deshizo: mover 2 notas.');
  await redo(page);
  await expect(timeline(page).locator('article')).toHaveCount(0);
  await undo(page);
  await expect(timeline(page).locator('article')).toHaveCount(2);

  // Delete.
  await note(page, 'Segunda nota')
    .getByRole('button', { name: /^Eliminar/ })
    .click();
  await expect(note(page, 'Segunda nota')).toHaveCount(0);
  await undo(page);
  await expect(note(page, 'Segunda nota')).toHaveCount(1);
  await expect(notices(page)).toContainText('Nota restaurada.');
  await redo(page);
  await expect(note(page, 'Segunda nota')).toHaveCount(0);

  // The toolbar's buttons name what they would do, and do it.
  await expect(toolbarButton(page, 'Deshacer')).toHaveAttribute('title', 'Deshacer: eliminar nota (Ctrl+Z)');
  await toolbarButton(page, 'Deshacer').click();
  await expect(note(page, 'Segunda nota')).toHaveCount(1);
  await expect(toolbarButton(page, 'Rehacer')).toBeEnabled();
  await expect(note(page, 'corregida')).toContainText('Ana María López');
  await expect(note(page, 'corregida').locator('.note-kind')).toHaveText('Propuesta');
});

test('an undo never overwrites what another tab changed meanwhile: it says so instead', async ({ page, context }) => {
  await openCapture(page);
  await write(page, 'Texto de la primera pestaña');
  await editNote(page, 'primera pestaña', (form) =>
    form.getByRole('textbox', { name: 'Texto' }).fill('Texto corregido en la primera pestaña'),
  );

  const other = await context.newPage();
  await other.goto(page.url());
  await editNote(other, 'corregido en la primera', (form) =>
    form.getByRole('textbox', { name: 'Texto' }).fill('Texto de la segunda pestaña'),
  );
  await other.close();

  await expect(note(page, 'segunda pestaña')).toHaveCount(1);
  await blur(page);
  await undo(page);
  await expect(notices(page)).toContainText('No se deshizo «editar nota»: la nota cambió en otra pestaña o ventana.');
  await expect(note(page, 'segunda pestaña')).toHaveCount(1);
  // Nothing older about that note is left to write over the other tab's text either.
  await undo(page);
  await expect(notices(page)).toContainText('No hay nada que deshacer.');
  await expect(note(page, 'segunda pestaña')).toHaveCount(1);
  await expect(toolbarButton(page, 'Deshacer')).toBeDisabled();
});

test('emptying the bin asks first; then the notes are gone from the bin, the report and the exported file', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'relator-bin-'));
  await openCapture(page);
  await write(page, 'Una nota que se queda en la relatoría');
  await write(page, 'Dato confidencial uno');
  await write(page, 'Dato confidencial dos');
  for (const text of ['confidencial uno', 'confidencial dos']) {
    await note(page, text)
      .getByRole('button', { name: /^Eliminar/ })
      .click();
    await expect(note(page, text)).toHaveCount(0);
  }

  const exportEventFile = async (): Promise<string> => {
    await page.getByRole('navigation', { name: 'Secciones del evento' }).getByRole('link', { name: 'Relatoría' }).click();
    await expect(page.getByTestId('report-preview')).toContainText('Una nota que se queda');
    await expect(page.getByTestId('report-preview')).not.toContainText('confidencial');
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Guardar archivo del evento (.relator.json)' }).click();
    const path = join(dir, `${Date.now()}.relator.json`);
    await (await pending).saveAs(path);
    return readFileSync(path, 'utf8');
  };
  // Deleted notes are still in the event file, restorable after an import.
  expect(await exportEventFile()).toContain('Dato confidencial uno');

  // From the event overview this time.
  await page.getByRole('navigation', { name: 'Secciones del evento' }).getByRole('link', { name: 'Resumen' }).click();
  await expect(page.getByRole('heading', { name: 'Notas eliminadas' })).toBeVisible();
  await binButton(page).click();
  await expect(bin(page).getByRole('listitem')).toHaveCount(2);
  await bin(page).getByRole('button', { name: 'Vaciar papelera' }).click();
  const confirm = page.getByRole('dialog', { name: '¿Vaciar la papelera?' });
  await expect(confirm).toContainText('Se borrarán para siempre 2 notas');
  await confirm.getByRole('button', { name: 'Cancelar' }).click();
  await expect(bin(page).getByRole('listitem')).toHaveCount(2);

  await bin(page).getByRole('button', { name: 'Vaciar papelera' }).click();
  await confirm.getByRole('button', { name: 'Vaciar papelera' }).click();
  await expect(bin(page).getByRole('status')).toHaveText('Se borraron para siempre 2 notas.');
  await expect(bin(page)).toContainText('La papelera está vacía.');
  await expect(bin(page).getByRole('button', { name: 'Cerrar' })).toBeFocused();
  await bin(page).getByRole('button', { name: 'Cerrar' }).click();
  await expect(binButton(page)).toHaveText('Papelera (0)');

  const after = await exportEventFile();
  expect(after).not.toContain('confidencial');
  const parsed = parseEventFile(after);
  expect(parsed.ok).toBe(true);
  if (parsed.ok)
    expect(parsed.bundle.notes.filter((n) => n.deletedAt === null).map((n) => n.text)).toEqual(['Una nota que se queda en la relatoría']);
});
