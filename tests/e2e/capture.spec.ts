import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_TITLE, axeProblems } from './helpers';

async function openCapture(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('link', { name: 'Captura' }).click();
  await expect(page.getByRole('textbox', { name: 'Nueva nota' })).toBeVisible();
}

const composer = (page: Page) => page.getByRole('textbox', { name: 'Nueva nota' });
const timeline = (page: Page) => page.getByRole('list', { name: /^Notas:/ });
const note = (page: Page, text: string) => timeline(page).locator('article', { hasText: text });

async function addParticipant(page: Page, name: string, role: string): Promise<void> {
  await page.getByRole('button', { name: 'Añadir participante' }).click();
  await page.getByRole('textbox', { name: 'Nombre' }).fill(name);
  await page.getByRole('combobox', { name: 'Rol' }).selectOption({ label: role });
  await page.getByRole('button', { name: 'Añadir', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Quién habla' })).toHaveValue(/.+/);
}

async function write(page: Page, text: string): Promise<void> {
  await composer(page).fill(text);
  await composer(page).press('Enter');
  await expect(composer(page)).toHaveValue('');
}

test('notes of several kinds under two questions survive edits, undo, moves and a reload', async ({ page }) => {
  await openCapture(page);
  await addParticipant(page, 'Ana María López', 'Ponente');
  await addParticipant(page, 'Bruno Díaz', 'Ponente');
  await page.getByRole('button', { name: 'Iniciar sesión' }).click();
  await expect(page.getByRole('button', { name: 'Pausar' })).toBeVisible();

  // Question 1: speaker from the picker, kinds from prefixes and from the buttons.
  await page.getByRole('combobox', { name: 'Quién habla' }).selectOption({ label: 'Ana María López' });
  await write(page, '!La coordinación metropolitana es **urgente** #gobernanza');
  await write(page, '"Sin datos abiertos no hay rendición de cuentas"');
  await page.getByRole('group', { name: 'Tipo de nota' }).getByRole('button', { name: 'Dato o cifra' }).click();
  await write(page, '@Bruno 40 % de los municipios sin plan de movilidad');
  await write(page, 'Una idea que irá a otra pregunta');

  await expect(note(page, 'La coordinación metropolitana es urgente')).toContainText('Acuerdo');
  await expect(note(page, 'La coordinación metropolitana es urgente')).toContainText('Ana María López');
  await expect(note(page, 'La coordinación metropolitana es urgente').locator('strong')).toHaveText('urgente');
  await expect(note(page, 'Sin datos abiertos')).toContainText('Cita');
  await expect(note(page, '40 % de los municipios')).toContainText('Dato o cifra');
  await expect(note(page, '40 % de los municipios')).toContainText('Bruno Díaz');

  // Question 2 by keyboard: an action item with who and when, and a disagreement.
  await composer(page).press('Alt+2');
  await expect(page.locator('#capture-current')).toContainText('2.');
  await composer(page).fill('>Publicar el presupuesto por alcaldía');
  await page.getByRole('textbox', { name: 'Quién' }).fill('Secretaría de Finanzas');
  await page.getByRole('textbox', { name: 'Cuándo' }).fill('marzo 2027');
  await composer(page).press('Enter');
  await expect(composer(page)).toHaveValue('');
  await write(page, '~No todos los municipios tienen capacidad técnica');
  await expect(note(page, 'Publicar el presupuesto')).toContainText('Acción');
  await expect(note(page, 'Publicar el presupuesto')).toContainText('Secretaría de Finanzas');
  await expect(note(page, 'No todos los municipios')).toContainText('Disenso');

  // Edit in place.
  await note(page, 'No todos los municipios')
    .getByRole('button', { name: /^Editar/ })
    .click();
  const editor = page.getByRole('form', { name: 'Editar nota' });
  await editor.getByRole('textbox', { name: 'Texto' }).fill('No todos los municipios tienen capacidad técnica ni presupuesto');
  await editor.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(note(page, 'ni presupuesto')).toContainText('editada');

  // Delete and undo.
  await note(page, 'ni presupuesto')
    .getByRole('button', { name: /^Eliminar/ })
    .click();
  await expect(note(page, 'ni presupuesto')).toHaveCount(0);
  await page.locator('.notices').getByRole('button', { name: 'Deshacer' }).click();
  await expect(note(page, 'ni presupuesto')).toHaveCount(1);

  // Move a note of question 1 to question 2 through the selection.
  await composer(page).press('Alt+1');
  await note(page, 'Una idea que irá').getByRole('checkbox').check();
  await page.getByRole('combobox', { name: 'Mover a' }).selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Mover', exact: true }).click();
  await expect(note(page, 'Una idea que irá')).toHaveCount(0);

  await page.reload();
  await expect(composer(page)).toBeVisible();
  await expect(page.locator('#capture-current')).toContainText('1.');
  await expect(timeline(page).locator('article')).toHaveCount(3);
  const first = note(page, 'La coordinación metropolitana');
  await expect(first.locator('time')).toHaveText(/^\d\d:\d\d:\d\d$/);
  await expect(first.locator('.note-elapsed')).toContainText(/\d:\d\d:\d\d/);
  await page.getByRole('button', { name: /^2 / }).click();
  await expect(timeline(page).locator('article')).toHaveCount(3);
  await expect(note(page, 'Una idea que irá')).toBeVisible();
  await expect(note(page, 'ni presupuesto')).toContainText('editada');
  await expect(note(page, 'Publicar el presupuesto')).toContainText('marzo 2027');
});

test('what is typed the moment another question shows is kept in the box and saved under that question', async ({ page }) => {
  await openCapture(page);
  await write(page, 'Una nota de la primera pregunta');
  // The rapporteur presses Alt+2 and types at once: the text goes in as soon as the new question is
  // on screen (a MutationObserver fires right after that frame's DOM change, before anything later).
  await composer(page).evaluate(
    (box: HTMLTextAreaElement) =>
      new Promise<void>((resolve) => {
        const current = document.querySelector('#capture-current')!;
        const observer = new MutationObserver(() => {
          if (!current.textContent?.includes('2.')) return;
          observer.disconnect();
          box.value = '>Publicar el presupuesto por alcaldía';
          box.dispatchEvent(new Event('input', { bubbles: true }));
          resolve();
        });
        observer.observe(current, { subtree: true, childList: true, characterData: true });
        box.dispatchEvent(new KeyboardEvent('keydown', { key: '2', code: 'Digit2', altKey: true, bubbles: true }));
      }),
  );
  await page.getByRole('textbox', { name: 'Quién' }).fill('Secretaría de Finanzas');
  // Long enough for every deferred effect of the question change to have run.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  await expect(composer(page)).toHaveValue('>Publicar el presupuesto por alcaldía');
  await composer(page).press('Enter');
  await expect(note(page, 'Publicar el presupuesto')).toContainText('Secretaría de Finanzas');
  await expect(composer(page)).toHaveValue('');
  // It was not also kept as a draft of question 1.
  await composer(page).press('Alt+1');
  await expect(page.locator('#capture-current')).toContainText('1.');
  await expect(composer(page)).toHaveValue('');
  await page.reload();
  await expect(composer(page)).toHaveValue('');
});

test('find jumps to a note of another question', async ({ page }) => {
  await openCapture(page);
  await write(page, 'La movilidad en Zapopan necesita más inversión');
  await composer(page).press('Alt+3');
  await expect(page.locator('#capture-current')).toContainText('3.');
  await page.getByRole('button', { name: 'Buscar' }).click();
  await page.getByRole('searchbox', { name: 'Texto a buscar' }).fill('zapopan MOVILIDAD');
  await page.getByTestId('find-results').getByRole('button').first().click();
  await expect(page.locator('#capture-current')).toContainText('1.');
  await expect(note(page, 'movilidad en Zapopan')).toBeFocused();
});

test('the capture view has no serious accessibility problems', async ({ page }) => {
  await openCapture(page);
  await write(page, 'Una nota con un [enlace](https://example.org) #prueba');
  await page.getByRole('button', { name: 'Buscar' }).click();
  expect(await axeProblems(page)).toEqual([]);
});
