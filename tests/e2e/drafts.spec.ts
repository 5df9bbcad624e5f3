import { expect, test, type Page } from '@playwright/test';
import { SAMPLE_TITLE } from './helpers';

/** Opens the sample event's capture view in `page`, on its first question. */
async function openCapture(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('link', { name: 'Captura' }).click();
  await expect(composer(page)).toBeVisible();
}

const composer = (page: Page) => page.getByRole('textbox', { name: 'Nueva nota' });
const offers = (page: Page) => page.getByRole('list', { name: 'Borradores sin guardar' });

test('a reload right after typing restores the text, saying it is this tab’s from before the reload', async ({ page }) => {
  await openCapture(page);
  await composer(page).click();
  await page.keyboard.type('Lo último antes de recargar');
  // No wait: leaving the page saves at once.
  await page.reload();
  await expect(composer(page)).toHaveValue('Lo último antes de recargar');
  await expect(page.getByText(/Se recuperó un borrador sin guardar de esta pestaña, antes de recargarla \(.+\)\./)).toBeVisible();
  // Saving the note clears the draft: the next reload brings back nothing.
  await composer(page).press('Enter');
  await expect(page.getByRole('list', { name: /^Notas:/ }).locator('article', { hasText: 'Lo último antes de recargar' })).toBeVisible();
  await page.reload();
  await expect(composer(page)).toHaveValue('');
});

test('a synthesis typed right before a reload is there after it', async ({ page }) => {
  await openCapture(page);
  const synthesis = page.getByRole('textbox', { name: 'Síntesis de la pregunta' });
  await synthesis.click();
  await page.keyboard.type('Consenso escrito justo antes de recargar');
  // No wait and no blur: leaving the page writes it at once.
  await page.reload();
  await expect(synthesis).toHaveValue('Consenso escrito justo antes de recargar');
  // Nothing to choose: it was typed over the version still stored.
  await expect(page.getByRole('group', { name: /cambió esto/ })).toHaveCount(0);
});

test('two tabs on the same question keep their own drafts; a closed tab’s draft is offered, not lost', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openCapture(a);
  await openCapture(b);
  await composer(a).fill('Borrador de la pestaña A');
  await composer(b).fill('Borrador de la pestaña B');
  await composer(a).blur();
  await composer(b).blur();
  // One after the other: while a tab reloads it holds no lock, and its draft looks like a closed tab's.
  await a.reload();
  await expect(composer(a)).toHaveValue('Borrador de la pestaña A');
  await b.reload();
  await expect(composer(b)).toHaveValue('Borrador de la pestaña B');
  await a.reload();
  await expect(composer(a)).toHaveValue('Borrador de la pestaña A');
  await expect(offers(a)).toHaveCount(0); // B is open: its draft stays B's
  await expect(offers(b)).toHaveCount(0);

  await b.close();
  const c = await context.newPage();
  await openCapture(c);
  await expect(composer(c)).toHaveValue('');
  const offer = offers(c).getByRole('listitem');
  await expect(offer).toHaveCount(1);
  await expect(offer).toContainText(/Texto sin guardar de otra pestaña o ventana que ya se cerró \(.+\):/);
  await expect(offer).toContainText('Borrador de la pestaña B');
  await composer(c).fill('Lo mío');
  await offer.getByRole('button', { name: 'Recuperar' }).click();
  await expect(composer(c)).toHaveValue('Lo mío\nBorrador de la pestaña B');
  await expect(offers(c)).toHaveCount(0);
  // Taken over: it is now this tab's draft, and nobody else is offered it.
  await c.reload();
  await expect(composer(c)).toHaveValue('Lo mío\nBorrador de la pestaña B');
  await a.reload();
  await expect(composer(a)).toHaveValue('Borrador de la pestaña A');
  await expect(offers(a)).toHaveCount(0);
});

test('a discarded offer is gone for good', async ({ context }) => {
  const a = await context.newPage();
  await openCapture(a);
  await composer(a).fill('No lo quiero');
  await composer(a).blur();
  await a.close();
  const b = await context.newPage();
  await openCapture(b);
  await offers(b).getByRole('button', { name: 'Descartar' }).click();
  await expect(offers(b)).toHaveCount(0);
  await b.reload();
  await expect(composer(b)).toHaveValue('');
  await expect(offers(b)).toHaveCount(0);
});

test('when storage is full the draft save says so, the text stays, and it is saved once there is room', async ({ page }) => {
  await openCapture(page);
  // Every IndexedDB write fails as on a full disk until the test lets them through again.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    (window as any).__restorePut = () => (IDBObjectStore.prototype.put = put);
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await composer(page).click();
  await page.keyboard.type('Texto con el disco lleno');
  const problem = page.getByRole('alert').filter({ hasText: 'No se pudo guardar el borrador.' });
  await expect(problem).toContainText('No hay espacio suficiente para guardar.');
  await expect(problem).toContainText('El texto sigue en el cuadro');
  await expect(composer(page)).toHaveValue('Texto con el disco lleno');

  await page.evaluate(() => (window as any).__restorePut());
  // Retried on its own (no keystroke needed).
  await expect(problem).toHaveCount(0, { timeout: 15_000 });
  await page.reload();
  await expect(composer(page)).toHaveValue('Texto con el disco lleno');
});

test('the synthesis, conclusions and agreements are saved on blur and when switching question', async ({ page }) => {
  await openCapture(page);
  const synthesis = page.getByRole('textbox', { name: 'Síntesis de la pregunta' });
  await synthesis.fill('Síntesis de la primera pregunta');
  // Alt+2 moves to question 2 at once: the first question's synthesis is saved on the way out.
  await synthesis.press('Alt+2');
  await expect(page.locator('#capture-current')).toContainText('2.');
  await expect(synthesis).toHaveValue('');
  await page.getByRole('textbox', { name: 'Conclusiones del evento' }).fill('Conclusión');
  await page.getByRole('textbox', { name: 'Acuerdos del evento' }).fill('Acuerdo');
  await page.getByRole('textbox', { name: 'Acuerdos del evento' }).blur();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Conclusiones del evento' })).toHaveValue('Conclusión');
  await expect(page.getByRole('textbox', { name: 'Acuerdos del evento' })).toHaveValue('Acuerdo');
  await page.keyboard.press('Alt+1');
  await expect(synthesis).toHaveValue('Síntesis de la primera pregunta');
});
