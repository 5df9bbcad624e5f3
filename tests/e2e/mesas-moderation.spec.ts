import { expect, test, type Page } from '@playwright/test';
import { LAPTOP_SIZES, addMesa, axeProblems, pageWidth, queueNewPeople, sampleEventId } from './helpers';

/** Adds a mesa on the event's overview. */
/** The sample event with two mesas; returns its id. */
async function eventWithTwoMesas(page: Page): Promise<string> {
  const id = await sampleEventId(page);
  await page.goto(`/#/events/${id}`);
  await addMesa(page, 'Mesa Norte');
  await addMesa(page, 'Mesa Sur');
  return id;
}

const moderatedMesa = (page: Page) => page.getByRole('combobox', { name: 'Mesa que moderas' });
const speaker = (page: Page) => page.getByTestId('timer-speaker');
const card = (page: Page, name: string) => page.getByTestId('mesa-now').filter({ has: page.getByRole('heading', { name, exact: true }) });

test('two mesas: each moderator runs their own queue and timer, the overview shows both, each stage its own mesa', async ({ page }) => {
  const id = await eventWithTwoMesas(page);

  // The plenary's moderator queues someone; Mesa Norte's moderator has an empty queue of their own.
  await page.goto(`/#/events/${id}/moderator`);
  await expect(moderatedMesa(page)).toHaveValue('');
  await queueNewPeople(page, ['Dora Plenaria'], '5');
  await moderatedMesa(page).selectOption({ label: 'Mesa Norte' });
  await expect(page.getByTestId('queue-item')).toHaveCount(0);
  await queueNewPeople(page, ['Ana Norte'], '5');
  await page.getByRole('button', { name: 'Empezar' }).click();
  await expect(speaker(page)).toHaveText('Ana Norte');
  await expect(page.getByTestId('timer-face')).toHaveAttribute('data-display', 'normal');

  // Switched to Mesa Sur: nobody speaks there; its moderator starts their own turn.
  await moderatedMesa(page).selectOption({ label: 'Mesa Sur' });
  await expect(speaker(page)).toHaveText('Nadie tiene la palabra');
  await expect(page.getByTestId('timer-face')).toHaveAttribute('data-display', 'idle');
  await expect(page.getByTestId('queue-item')).toHaveCount(0);
  await queueNewPeople(page, ['Beto Sur', 'Carla Sur'], '3');
  await page.getByRole('button', { name: 'Empezar' }).click();
  await expect(speaker(page)).toHaveText('Beto Sur');
  // The turn log and the equity figures are Mesa Sur's: Ana (Mesa Norte) is in neither.
  const log = page.getByRole('region', { name: 'Registro de turnos' });
  await expect(log).toContainText('Beto Sur');
  await expect(log).not.toContainText('Ana Norte');
  await expect(page.getByRole('region', { name: /Equidad/ })).not.toContainText('Ana Norte');

  // The choice is remembered on this installation.
  await page.reload();
  await expect(moderatedMesa(page)).toHaveValue(/.+/);
  await expect(moderatedMesa(page).locator('option:checked')).toHaveText('Mesa Sur');
  await expect(speaker(page)).toHaveText('Beto Sur');

  // Mesa Sur's stage shows Mesa Sur's speaker and the mesa's name.
  const southPopup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Abrir pantalla de escenario de Mesa Sur' }).click();
  const south = await southPopup;
  await expect(south.getByTestId('stage-mesa')).toHaveText('Mesa Sur');
  await expect(south.getByTestId('timer-speaker')).toHaveText('Beto Sur');
  await expect(south).toHaveTitle('Escenario: Mesa Sur — Relator');

  // Mesa Norte's stage is another window: opening it leaves Mesa Sur's as it was.
  await moderatedMesa(page).selectOption({ label: 'Mesa Norte' });
  await expect(speaker(page)).toHaveText('Ana Norte');
  const northPopup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Abrir pantalla de escenario de Mesa Norte' }).click();
  const north = await northPopup;
  await expect(north.getByTestId('stage-mesa')).toHaveText('Mesa Norte');
  await expect(north.getByTestId('timer-speaker')).toHaveText('Ana Norte');
  expect(south.isClosed()).toBe(false);
  await expect(south.getByTestId('timer-speaker')).toHaveText('Beto Sur');

  // A message on Mesa Norte's stage does not appear on Mesa Sur's.
  await page.getByRole('button', { name: 'Cierre, por favor' }).click();
  await expect(north.getByTestId('stage-message')).toHaveText('Cierre, por favor');
  await expect(south.getByTestId('stage-message')).toHaveCount(0);

  // Ending Ana's turn in Mesa Norte ends it there only; Mesa Sur's stage keeps Beto.
  await page.getByRole('button', { name: 'Terminar turno' }).click();
  await expect(north.getByTestId('timer-speaker')).toHaveText('En espera');
  await expect(north.getByTestId('timer-face')).toHaveAttribute('data-phase', 'idle');
  await expect(south.getByTestId('timer-speaker')).toHaveText('Beto Sur');
  await expect(south.getByTestId('timer-face')).toHaveAttribute('data-phase', 'running');

  // The coordinator's overview: the plenary idle with Dora waiting, Mesa Norte with nobody now, Mesa Sur with Beto and one waiting.
  await page.goto(`/#/events/${id}`);
  const now = page.getByRole('region', { name: 'En curso en las mesas' });
  await expect(now.getByTestId('mesa-now')).toHaveCount(3);
  await expect(card(page, 'Plenaria')).toContainText('Nadie tiene la palabra ahora.');
  await expect(card(page, 'Plenaria').getByTestId('mesa-now-queue')).toHaveText('1 en la cola');
  await expect(card(page, 'Mesa Norte').getByTestId('mesa-now-queue')).toHaveText('Cola vacía');
  await expect(card(page, 'Mesa Norte')).toContainText('Nadie tiene la palabra ahora.');
  await expect(card(page, 'Mesa Sur').getByTestId('mesa-now-speaker')).toHaveText('Tiene la palabra: Beto Sur');
  await expect(card(page, 'Mesa Sur').getByTestId('mesa-now-queue')).toHaveText('1 en la cola');
  await expect(card(page, 'Mesa Sur').getByTestId('mesa-now-timer')).toHaveAttribute('data-display', 'normal');
  // Its time moves on by itself.
  const elapsed = card(page, 'Mesa Sur').getByTestId('mesa-now-elapsed');
  const first = await elapsed.textContent();
  await expect(elapsed).not.toHaveText(first!, { timeout: 10_000 });
});

test('the overview shows every running turn at once, in the timer’s colours', async ({ page, context }) => {
  await context.clock.install({ time: new Date('2026-12-02T10:00:00') });
  const id = await eventWithTwoMesas(page);
  await page.goto(`/#/events/${id}/moderator`);
  for (const [mesa, name, minutes] of [
    ['Mesa Norte', 'Ana Norte', '1'],
    ['Mesa Sur', 'Beto Sur', '5'],
  ] as const) {
    await moderatedMesa(page).selectOption({ label: mesa });
    await expect(page.getByTestId('queue-item')).toHaveCount(0);
    await queueNewPeople(page, [name], minutes);
    await page.getByRole('button', { name: 'Empezar' }).click();
    await expect(speaker(page)).toHaveText(name);
  }
  await page.goto(`/#/events/${id}`);
  await expect(card(page, 'Mesa Norte').getByTestId('mesa-now-speaker')).toHaveText('Tiene la palabra: Ana Norte');
  await expect(card(page, 'Mesa Sur').getByTestId('mesa-now-speaker')).toHaveText('Tiene la palabra: Beto Sur');

  // Ninety seconds on: Mesa Norte's minute is over (overtime), Mesa Sur still has time. The clock keeps running
  // meanwhile, so the figures are checked against each other rather than to the second.
  await context.clock.runFor(90_000);
  const north = card(page, 'Mesa Norte');
  await expect(north.getByTestId('mesa-now-timer')).toHaveAttribute('data-display', 'overtime');
  const seconds = (clock: string) => clock.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  // Both read in one go, from the same render (the card re-renders every second).
  const [timer, elapsed] = await north.evaluate((el) =>
    ['mesa-now-timer', 'mesa-now-elapsed'].map((id) => el.querySelector(`[data-testid="${id}"]`)!.textContent),
  );
  const over = /^-(\d+:\d\d) ✖ Tiempo excedido \+(\d+:\d\d)$/.exec(timer!.trim());
  const spoken = /^Lleva (\d+:\d\d)$/.exec(elapsed!.trim());
  expect(over, timer!).not.toBeNull();
  expect(spoken, elapsed!).not.toBeNull();
  expect(over![1]).toBe(over![2]);
  expect(seconds(spoken![1]!)).toBeGreaterThanOrEqual(90);
  expect(seconds(spoken![1]!) - seconds(over![1]!)).toBe(60);
  const south = card(page, 'Mesa Sur').getByTestId('mesa-now-timer');
  await expect(south).toHaveAttribute('data-display', 'normal');
  expect(seconds(/^(\d+:\d\d)/.exec((await south.textContent())!)![1]!)).toBeLessThanOrEqual(210);
});

for (const size of LAPTOP_SIZES) {
  test(`mesas' moderation at ${size.width}×${size.height}: moderator, overview and stage fit, named and accessible`, async ({ page }) => {
    await page.setViewportSize(size);
    const id = await eventWithTwoMesas(page);
    await page.goto(`/#/events/${id}/moderator`);
    await moderatedMesa(page).selectOption({ label: 'Mesa Sur' });
    await queueNewPeople(page, ['Beto Sur'], '3');
    await page.getByRole('button', { name: 'Empezar' }).click();
    await expect(speaker(page)).toHaveText('Beto Sur');
    expect(await pageWidth(page)).toMatchObject({ scrollWidth: size.width });
    expect(await axeProblems(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `test-results/mesas-moderator-${size.width}x${size.height}.png` });

    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Abrir pantalla de escenario de Mesa Sur' }).click();
    const stage = await popup;
    await stage.setViewportSize(size);
    await expect(stage.getByTestId('stage-mesa')).toHaveText('Mesa Sur');
    await stage.screenshot({ path: `test-results/mesas-stage-${size.width}x${size.height}.png` });

    await page.goto(`/#/events/${id}`);
    await expect(card(page, 'Mesa Sur').getByTestId('mesa-now-speaker')).toHaveText('Tiene la palabra: Beto Sur');
    expect(await pageWidth(page)).toMatchObject({ scrollWidth: size.width });
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: `test-results/mesas-now-${size.width}x${size.height}.png` });
  });
}
