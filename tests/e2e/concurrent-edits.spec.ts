import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_TITLE } from './helpers';

/**
 * Two tabs of one browser profile on the same event: whoever saves second over a change they have
 * not seen is shown both versions and chooses; nothing is overwritten silently.
 */

async function openCapture(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('link', { name: 'Captura' }).click();
  await expect(page.getByRole('textbox', { name: 'Nueva nota' })).toBeVisible();
}

const timeline = (page: Page) => page.getByRole('list', { name: /^Notas:/ });
const note = (page: Page, text: string) => timeline(page).locator('article', { hasText: text });
const editor = (page: Page) => page.getByRole('form', { name: 'Editar nota' });
const conflict = (page: Page) => page.getByRole('group', { name: /cambió esto mientras lo editabas/ });

test('a note edited in two tabs: the second save is refused, both versions shown, and the user’s choice is saved', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openCapture(a);
  await a.getByRole('textbox', { name: 'Nueva nota' }).fill('Nota original');
  await a.getByRole('textbox', { name: 'Nueva nota' }).press('Enter');
  await openCapture(b);
  await expect(note(b, 'Nota original')).toBeVisible();

  // Both open the editor on the same version.
  await note(a, 'Nota original')
    .getByRole('button', { name: /^Editar/ })
    .click();
  await note(b, 'Nota original')
    .getByRole('button', { name: /^Editar/ })
    .click();
  await editor(a).getByRole('textbox', { name: 'Texto' }).fill('Versión de A');
  await editor(a).getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(note(a, 'Versión de A')).toBeVisible();

  await editor(b).getByRole('textbox', { name: 'Texto' }).fill('Versión de B');
  await editor(b).getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(conflict(b)).toBeVisible();
  await expect(conflict(b).getByTestId('conflict-mine')).toContainText('Versión de B');
  await expect(conflict(b).getByTestId('conflict-theirs')).toContainText('Versión de A');
  // Refused: A's version is what is stored, in both tabs.
  await expect(note(a, 'Versión de A')).toBeVisible();
  await expect(editor(b)).toBeVisible();

  await conflict(b).getByRole('button', { name: 'Conservar la mía' }).click();
  await expect(editor(b)).toHaveCount(0);
  await expect(note(b, 'Versión de B')).toBeVisible();
  await expect(note(a, 'Versión de B')).toBeVisible();

  // Round two, combined by hand: both texts end up in the editor, then saved as the user leaves them.
  await note(a, 'Versión de B')
    .getByRole('button', { name: /^Editar/ })
    .click();
  await note(b, 'Versión de B')
    .getByRole('button', { name: /^Editar/ })
    .click();
  await editor(a).getByRole('textbox', { name: 'Texto' }).fill('Otra de A');
  await editor(a).getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(note(a, 'Otra de A')).toBeVisible();
  await editor(b).getByRole('textbox', { name: 'Texto' }).fill('Otra de B');
  await editor(b).getByRole('button', { name: 'Guardar cambios' }).click();
  await conflict(b).getByRole('button', { name: 'Combinar a mano' }).click();
  await expect(editor(b).getByRole('textbox', { name: 'Texto' })).toHaveValue('Otra de B\n\nOtra de A');
  await editor(b).getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(editor(b)).toHaveCount(0);
  await expect(note(a, 'Otra de B')).toContainText('Otra de A');

  // Round three: keeping theirs closes the editor and changes nothing.
  await note(a, 'Otra de B')
    .getByRole('button', { name: /^Editar/ })
    .click();
  await note(b, 'Otra de B')
    .getByRole('button', { name: /^Editar/ })
    .click();
  await editor(a).getByRole('textbox', { name: 'Texto' }).fill('Final de A');
  await editor(a).getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(note(a, 'Final de A')).toBeVisible();
  await editor(b).getByRole('textbox', { name: 'Texto' }).fill('Final de B');
  await editor(b).getByRole('button', { name: 'Guardar cambios' }).click();
  await conflict(b).getByRole('button', { name: 'Conservar la otra' }).click();
  await expect(editor(b)).toHaveCount(0);
  await expect(note(b, 'Final de A')).toBeVisible();
  await expect(timeline(b).locator('article', { hasText: 'Final de B' })).toHaveCount(0);
});

/** Makes every IndexedDB write of `page` fail until `release` is called: the page's saves wait and retry. */
async function holdWrites(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const { put, add } = IDBObjectStore.prototype;
    (window as any).__releaseWrites = () => Object.assign(IDBObjectStore.prototype, { put, add });
    const full = () => {
      throw new DOMException('held by the test', 'QuotaExceededError');
    };
    Object.assign(IDBObjectStore.prototype, { put: full, add: full });
  });
  return async () => void (await page.evaluate(() => (window as any).__releaseWrites()));
}

test('a synthesis written in two tabs at once: the later save shows both, and combining keeps both texts', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openCapture(a);
  await openCapture(b);
  const synthesisOf = (page: Page) => page.getByRole('textbox', { name: 'Síntesis de la pregunta' });

  // B types while its saves cannot land yet; A's save lands first.
  const release = await holdWrites(b);
  await synthesisOf(b).fill('Consenso según B');
  await synthesisOf(a).fill('Consenso según A');
  await synthesisOf(a).blur();
  await expect(a.locator('#synthesis-question-status')).toHaveText('Guardado');
  await release();

  await expect(conflict(b)).toBeVisible({ timeout: 15_000 });
  await expect(conflict(b).getByTestId('conflict-mine')).toContainText('Consenso según B');
  await expect(conflict(b).getByTestId('conflict-theirs')).toContainText('Consenso según A');
  await expect(synthesisOf(b)).toHaveValue('Consenso según B');
  await expect(synthesisOf(a)).toHaveValue('Consenso según A');

  await conflict(b).getByRole('button', { name: 'Combinar a mano' }).click();
  await expect(synthesisOf(b)).toHaveValue('Consenso según B\n\nConsenso según A');
  // Saved as combined, and the other tab, with nothing unsaved, follows.
  await expect(synthesisOf(a)).toHaveValue('Consenso según B\n\nConsenso según A');
  await b.reload();
  await expect(synthesisOf(b)).toHaveValue('Consenso según B\n\nConsenso según A');
});

test('the agreements changed in another tab: keeping theirs replaces the text in the box, nothing is written', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openCapture(a);
  await openCapture(b);
  const agreementsOf = (page: Page) => page.getByRole('textbox', { name: 'Acuerdos del evento' });
  // Meanwhile other fields of the same event change too (conclusions): never a conflict by themselves.
  await a.getByRole('textbox', { name: 'Conclusiones del evento' }).fill('Conclusión de A');
  await a.getByRole('textbox', { name: 'Conclusiones del evento' }).blur();
  await expect(b.getByRole('textbox', { name: 'Conclusiones del evento' })).toHaveValue('Conclusión de A');

  const release = await holdWrites(b);
  await agreementsOf(b).fill('Acuerdo de B');
  await agreementsOf(a).fill('Acuerdo de A');
  await agreementsOf(a).blur();
  await expect(a.locator('#event-agreements-status')).toHaveText('Guardado');
  await release();

  await expect(conflict(b)).toBeVisible({ timeout: 15_000 });
  await conflict(b).getByRole('button', { name: 'Conservar la otra' }).click();
  await expect(agreementsOf(b)).toHaveValue('Acuerdo de A');
  await expect(conflict(b)).toHaveCount(0);
  await b.reload();
  await expect(agreementsOf(b)).toHaveValue('Acuerdo de A');
  await expect(b.getByRole('textbox', { name: 'Conclusiones del evento' })).toHaveValue('Conclusión de A');
});

test('the event overview in two tabs: event data, a question and a participant are never overwritten unseen', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  for (const p of [a, b]) {
    await p.goto('/');
    await p.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
    await expect(p.getByRole('heading', { name: 'Datos del evento' })).toBeVisible();
  }

  // Event data: the place changed in A while B changes it too; B keeps its own.
  await a.getByRole('button', { name: 'Editar datos' }).click();
  await b.getByRole('button', { name: 'Editar datos' }).click();
  await a.getByRole('textbox', { name: 'Lugar' }).fill('Auditorio A');
  await a.getByRole('button', { name: 'Guardar datos' }).click();
  await expect(a.getByText('Auditorio A')).toBeVisible();
  await b.getByRole('textbox', { name: 'Lugar' }).fill('Auditorio B');
  await b.getByRole('button', { name: 'Guardar datos' }).click();
  const dataConflict = conflict(b);
  await expect(dataConflict.getByTestId('conflict-mine')).toContainText('Auditorio B');
  await expect(dataConflict.getByTestId('conflict-theirs')).toContainText('Auditorio A');
  await dataConflict.getByRole('button', { name: 'Conservar la mía' }).click();
  await expect(a.getByText('Auditorio B')).toBeVisible();

  // A guiding question edited in both: B combines them by hand.
  const questions = (p: Page) => p.getByTestId('question-list');
  await questions(a).getByRole('button', { name: 'Editar: Pregunta guía 1' }).click();
  await questions(b).getByRole('button', { name: 'Editar: Pregunta guía 1' }).click();
  await questions(a).getByRole('textbox').fill('¿Pregunta según A?');
  await questions(a).getByRole('textbox').press('Enter');
  await expect(questions(a)).toContainText('¿Pregunta según A?');
  await questions(b).getByRole('textbox').fill('¿Pregunta según B?');
  await questions(b).getByRole('textbox').press('Enter');
  await conflict(b).getByRole('button', { name: 'Combinar a mano' }).click();
  await expect(questions(b).getByRole('textbox')).toHaveValue('¿Pregunta según B?\n\n¿Pregunta según A?');
  await questions(b).getByRole('textbox').fill('¿Pregunta acordada?');
  await questions(b).getByRole('textbox').press('Enter');
  await expect(questions(a)).toContainText('¿Pregunta acordada?');

  // A participant renamed in both: B keeps the other version.
  const people = (p: Page) => p.getByTestId('event-participants');
  await a.getByText('Agregar una persona').click();
  await a.getByRole('textbox', { name: 'Nombre' }).fill('Ana Ruiz');
  await a.getByRole('button', { name: 'Agregar participante' }).click();
  await expect(people(b)).toContainText('Ana Ruiz');
  await people(a).getByRole('button', { name: 'Editar: Ana Ruiz' }).click();
  await people(b).getByRole('button', { name: 'Editar: Ana Ruiz' }).click();
  await people(a).getByRole('textbox', { name: 'Nombre' }).fill('Ana Ruiz Pérez');
  await people(a).getByRole('button', { name: 'Guardar participante' }).click();
  await expect(people(a)).toContainText('Ana Ruiz Pérez');
  await people(b).getByRole('textbox', { name: 'Nombre' }).fill('Ana M. Ruiz');
  await people(b).getByRole('button', { name: 'Guardar participante' }).click();
  await expect(conflict(b).getByTestId('conflict-mine')).toContainText('Ana M. Ruiz');
  await expect(conflict(b).getByTestId('conflict-theirs')).toContainText('Ana Ruiz Pérez');
  await conflict(b).getByRole('button', { name: 'Conservar la otra' }).click();
  await expect(conflict(b)).toHaveCount(0);
  await expect(people(b)).toContainText('Ana Ruiz Pérez');
  await expect(people(b)).not.toContainText('Ana M. Ruiz');
});
