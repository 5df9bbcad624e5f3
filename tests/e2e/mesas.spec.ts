import { expect, test, type Page } from '@playwright/test';
import { LAPTOP_SIZES, axeProblems, pageWidth, sampleEventId, storedRecords } from './helpers';

const mesaPanel = (page: Page) => page.getByTestId('mesa-list');

/** Adds a mesa from the keyboard: the add button by Enter, the fields typed, Enter to save. */
async function addMesa(page: Page, name: string, room: string, rapporteurs: string): Promise<void> {
  const panel = mesaPanel(page);
  await panel.getByRole('button', { name: 'Añadir una mesa' }).focus();
  await page.keyboard.press('Enter');
  const nameField = panel.getByRole('textbox', { name: 'Nombre' });
  await expect(nameField).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(room);
  await panel.getByRole('textbox', { name: 'Relatores' }).fill(rapporteurs);
  await nameField.press('Enter');
  await expect(panel.getByRole('heading', { name })).toBeVisible();
}

test('mesas: set up on the overview, chosen in capture (remembered), with their questions; notes carry the mesa and the author', async ({
  page,
}) => {
  const id = await sampleEventId(page);
  await page.goto(`/#/events/${id}`);
  await expect(mesaPanel(page)).toContainText('Este evento no tiene mesas');

  await addMesa(page, 'Mesa Norte', 'Sala 2', 'Iván Relator, Rosa Díaz');
  await addMesa(page, 'Mesa Sur', 'Sala 3', 'Luz Pérez');
  await expect(mesaPanel(page)).toContainText('Sala: Sala 2 · Relatoría: Iván Relator, Rosa Díaz');
  // A mesa needs a name: the form says so and keeps the focus there.
  await mesaPanel(page).getByRole('button', { name: 'Añadir una mesa' }).click();
  await mesaPanel(page).getByRole('button', { name: 'Añadir mesa' }).click();
  await expect(mesaPanel(page).getByRole('alert')).toHaveText('Escribe el nombre de la mesa.');
  await page.keyboard.press('Escape');
  await expect(mesaPanel(page).getByRole('textbox', { name: 'Nombre' })).toHaveCount(0);

  // Question 2 is Mesa Norte's, by keyboard: open its mesas, tick one with Space.
  const questionMesas = page.getByTestId('question-list').locator('li').nth(1).locator('details.question-mesas');
  await expect(questionMesas.locator('summary')).toHaveText('Mesas: Plenaria');
  await questionMesas.locator('summary').focus();
  await page.keyboard.press('Enter');
  await questionMesas.getByRole('checkbox', { name: 'Mesa Norte' }).focus();
  await page.keyboard.press('Space');
  await expect(questionMesas.locator('summary')).toHaveText('Mesas: Mesa Norte');

  // The name this installation signs with, set once in "Tus datos".
  const info = page.getByTestId('storage-status');
  await info.getByText('Tus datos').click();
  await info.getByRole('textbox', { name: 'Tu nombre en las notas' }).fill('Iván Relator');
  await info.getByRole('button', { name: 'Guardar nombre' }).click();
  await expect(page.getByText('Tu nombre quedó guardado: «Iván Relator».')).toBeVisible();

  await page.goto(`/#/events/${id}/capture`);
  const rail = page.getByRole('navigation', { name: 'Preguntas guía' });
  const picker = page.getByRole('combobox', { name: 'Escribo en' });
  await expect(picker).toHaveValue('');
  await expect(rail.locator('ol button')).toHaveCount(6);
  await picker.selectOption({ label: 'Mesa Sur' });
  // Mesa Sur sees the plenary's questions only; each keeps its number in the event.
  await expect(rail.locator('ol .rail-number')).toHaveText(['1', '3', '4', '5', '6']);
  await picker.selectOption({ label: 'Mesa Norte' });
  await expect(rail.locator('ol .rail-number')).toHaveText(['1', '2', '3', '4', '5', '6']);

  await rail.locator('ol button').nth(1).click();
  const composer = page.getByRole('textbox', { name: 'Nueva nota' });
  await composer.fill('En la Mesa Norte se propone un fondo común');
  await composer.press('Enter');
  await expect(composer).toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Síntesis de la pregunta — Mesa Norte' })).toBeVisible();

  await expect
    .poll(async () => (await storedRecords(page, 'notes')).map((n) => n as { text: string; mesaId: string | null; authorName: string }))
    .toContainEqual(expect.objectContaining({ text: 'En la Mesa Norte se propone un fondo común', authorName: 'Iván Relator' }));
  const [stored] = (await storedRecords(page, 'notes')) as Array<{ mesaId: string | null; authorId: string | null }>;
  expect(stored!.mesaId).not.toBeNull();
  expect(stored!.authorId).toMatch(/^[0-9a-f-]{36}$/);

  // Remembered after a reload; in the plenary the note says which mesa it came from.
  await page.reload();
  await expect(picker).toHaveValue(stored!.mesaId!);
  const note = page.getByRole('list', { name: /^Notas:/ }).locator('article', { hasText: 'fondo común' });
  await expect(note).toBeVisible();
  await expect(note.locator('.note-mesa')).toHaveCount(0);
  await picker.selectOption({ label: 'Plenaria (todas las preguntas)' });
  await rail.locator('ol button').nth(1).click();
  await expect(note.locator('.note-mesa')).toHaveText('Mesa: Mesa Norte');
  // The plenary's synthesis is another text than the mesa's.
  await expect(page.getByRole('textbox', { name: 'Síntesis de la pregunta', exact: true })).toBeVisible();
});

for (const size of LAPTOP_SIZES) {
  test(`mesas at ${size.width}×${size.height}: the overview and capture fit, with no serious accessibility problems`, async ({ page }) => {
    await page.setViewportSize(size);
    const id = await sampleEventId(page);
    await page.goto(`/#/events/${id}`);
    await addMesa(page, 'Mesa 1 · Movilidad y transporte metropolitano', 'Auditorio B, segundo piso', 'Iván Relator');
    await addMesa(page, 'Mesa 2 · Agua', 'Sala 4', 'Rosa Díaz, Luz Pérez');
    const questionMesas = page.getByTestId('question-list').locator('li').nth(2).locator('details.question-mesas');
    await questionMesas.locator('summary').click();
    await questionMesas.getByRole('checkbox', { name: /Mesa 2/ }).check();
    await expect(questionMesas.locator('summary')).toHaveText('Mesas: Mesa 2 · Agua');
    await mesaPanel(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/mesas-overview-${size.width}x${size.height}.png` });
    expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(size.width);
    expect(await axeProblems(page, { include: '[data-testid="mesa-list"]' })).toEqual([]);

    await page.goto(`/#/events/${id}/capture`);
    await page.getByRole('combobox', { name: 'Escribo en' }).selectOption({ label: 'Mesa 2 · Agua' });
    await page.getByRole('navigation', { name: 'Preguntas guía' }).locator('ol button').nth(2).click();
    await expect(page.getByRole('textbox', { name: 'Síntesis de la pregunta — Mesa 2 · Agua' })).toBeVisible();
    await page.screenshot({ path: `test-results/mesas-capture-${size.width}x${size.height}.png` });
    expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(size.width);
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    expect(await axeProblems(page, { include: '.question-rail' })).toEqual([]);
  });
}
