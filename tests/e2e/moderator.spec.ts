import { expect, test, type Locator, type Page } from '@playwright/test';
import { SAMPLE_TITLE } from './helpers';

/** WCAG 2 contrast ratio of two CSS rgb()/rgba() colours (opaque assumed). */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = css
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number);
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(bl!);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The stage's background and the colour of each piece of text on it. */
async function stageColours(stage: Page): Promise<{ background: string; texts: string[] }> {
  return stage.getByTestId('stage').evaluate((root) => ({
    background: getComputedStyle(root).backgroundColor,
    texts: [...root.querySelectorAll('p')].map((p) => getComputedStyle(p).color),
  }));
}

async function expectLegible(stage: Page, display: string): Promise<void> {
  await expect(stage.getByTestId('timer-face')).toHaveAttribute('data-display', display);
  const { background, texts } = await stageColours(stage);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  for (const colour of texts) expect(contrast(colour, background), `${display}: ${colour} on ${background}`).toBeGreaterThanOrEqual(7);
  const digits = await stage.getByTestId('timer-digits').boundingBox();
  const height = await stage.evaluate(() => window.innerHeight);
  expect(digits!.height / height).toBeGreaterThanOrEqual(0.2);
}

async function addSpeaker(page: Page, name: string, gender: string, minutes: string | null): Promise<void> {
  const form = page.locator('form.add-speaker');
  const person = form.getByRole('combobox', { name: 'Persona' });
  if (await person.count()) await person.selectOption({ label: 'Nueva persona…' });
  await form.getByRole('textbox', { name: 'Nombre' }).fill(name);
  await form.getByRole('combobox', { name: 'Rol' }).selectOption({ label: 'Ponente' });
  await form.getByRole('combobox', { name: 'Género (opcional)' }).selectOption({ label: gender });
  if (minutes === null) await form.getByRole('checkbox', { name: /Discusión abierta/ }).check();
  else await form.getByRole('textbox', { name: 'Minutos previstos' }).fill(minutes);
  await form.getByRole('button', { name: 'Agregar a la cola' }).click();
  await expect(page.getByTestId('speaker-queue')).toContainText(name);
}

/** Keyboard shortcuts act when no field has the focus. */
async function press(page: Page, key: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press(key);
}

const digits = (p: Page): Locator => p.getByTestId('timer-digits');

test('a moderated round: queue, warnings, overtime, stage display, turn log and equity', async ({ page, context }) => {
  await context.clock.install({ time: new Date('2026-11-26T16:00:00') });
  /**
   * While the clock stands still, zero-delay timers (Dexie's live queries use them) only run when
   * the clock is told to move: each retry nudges it by 1 ms, so the store catches up while the
   * timer stays where the test put it.
   */
  const settled = (check: () => Promise<void>) =>
    expect(async () => {
      await context.clock.runFor(1);
      await check();
    }).toPass({ timeout: 15_000, intervals: [25] });
  const shows = (locator: Locator, text: string | RegExp) => settled(() => expect(locator).toHaveText(text, { timeout: 100 }));
  const contains = (locator: Locator, text: string) => settled(() => expect(locator).toContainText(text, { timeout: 100 }));
  const state = (p: Page, display: string) =>
    settled(() => expect(p.getByTestId('timer-face')).toHaveAttribute('data-display', display, { timeout: 100 }));

  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('link', { name: 'Moderación' }).click();
  await expect(page.getByRole('heading', { name: 'Cola de intervenciones' })).toBeVisible();
  await expect(page.getByText(/solo se usa para las cifras de equidad/i)).toBeVisible();

  await addSpeaker(page, 'Ana Torres', 'Mujer', '2');
  await addSpeaker(page, 'Beto Ruiz', 'Hombre', '1');
  await addSpeaker(page, 'Carla Díaz', 'Mujer', null);
  const queue = page.getByTestId('queue-item');
  await expect(queue).toHaveCount(3);
  // Reorder with the buttons: Beto up, then back down.
  await page.getByRole('button', { name: 'Subir: Beto Ruiz' }).click();
  await expect(queue.first()).toContainText('Beto Ruiz');
  await page.getByRole('button', { name: 'Bajar: Beto Ruiz' }).click();
  await expect(queue.first()).toContainText('Ana Torres');

  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Abrir pantalla de escenario' }).click();
  const stage = await popupPromise;
  await expect(stage.getByTestId('timer-speaker')).toHaveText('Ana Torres');
  await expectLegible(stage, 'idle');

  // From here time moves only when the test says so, in every window.
  await context.clock.pauseAt(new Date('2026-11-26T16:05:00'));

  // Space starts the head of the queue; both windows fold the same log.
  await press(page, 'Space');
  await state(page, 'normal');
  await shows(digits(page), '2:00');
  await settled(() => expect(queue).toHaveCount(2, { timeout: 100 }));
  await state(stage, 'normal');
  await shows(digits(stage), '2:00');
  await expectLegible(stage, 'normal');

  // Notes written in the capture view meanwhile carry the current speaker.
  const capture = await context.newPage();
  await capture.goto(page.url().replace(/moderator$/, 'capture'));
  const composer = capture.getByRole('textbox', { name: 'Nueva nota' });
  await settled(() => expect(composer).toBeVisible({ timeout: 100 }));
  await settled(() => expect(capture.getByRole('combobox', { name: 'Quién habla' })).toHaveValue(/.+/, { timeout: 100 }));
  await composer.fill('La gobernanza del agua necesita datos abiertos');
  await composer.press('Enter');
  await contains(capture.locator('article', { hasText: 'La gobernanza del agua' }), 'Ana Torres');
  await capture.close();

  await context.clock.fastForward(65_000);
  await shows(digits(page), '0:55');
  await shows(digits(stage), '0:55');
  await contains(page.getByTestId('timer-cue'), 'Último minuto');
  await expectLegible(stage, 'warning');

  await context.clock.fastForward(50_000);
  await shows(digits(stage), '0:05');
  await contains(stage.getByTestId('timer-cue'), 'Quedan 5 s');
  await expectLegible(stage, 'final');

  await context.clock.fastForward(20_000);
  await shows(digits(page), '-0:15');
  await shows(digits(stage), '-0:15');
  await contains(stage.getByTestId('timer-cue'), 'Tiempo excedido +0:15');
  await expectLegible(stage, 'overtime');

  // The short message reaches the stage, and is still there when the stage is reopened.
  await page.getByRole('button', { name: 'Cierre, por favor' }).click();
  await shows(stage.getByTestId('stage-message'), 'Cierre, por favor');
  await stage.reload();
  await shows(stage.getByTestId('stage-message'), 'Cierre, por favor');
  await shows(digits(stage), '-0:15');

  // N: Ana's turn ends at 2:15; Beto gets 30 s more with "+" and speaks 30 s.
  await press(page, 'n');
  await shows(page.getByTestId('timer-speaker'), 'Beto Ruiz');
  await shows(stage.getByTestId('timer-speaker'), 'Beto Ruiz');
  await press(page, '+');
  await shows(digits(page), '1:30');
  await context.clock.fastForward(30_000);
  await shows(digits(stage), '1:00');
  await press(page, 'n');

  // Carla's open discussion counts up; Space pauses it.
  await shows(stage.getByTestId('timer-speaker'), 'Carla Díaz');
  await context.clock.fastForward(45_000);
  await shows(digits(stage), '0:45');
  await expectLegible(stage, 'countup');
  await press(page, 'Space');
  await contains(page.getByTestId('timer-cue'), 'en pausa');
  await context.clock.fastForward(60_000);
  await shows(digits(stage), '0:45');

  // Turn log: planned, the time given, actual, and the difference the clock showed at the end.
  const rows = page.getByTestId('turn-log-row');
  const cells = (row: Locator) => row.locator('td').allInnerTexts();
  await settled(() => expect(rows).toHaveCount(3, { timeout: 100 }));
  await settled(async () =>
    expect((await cells(rows.nth(0))).slice(1, 2).concat((await cells(rows.nth(0))).slice(5, 9))).toEqual([
      'Ana Torres',
      '2:00',
      '—',
      '2:15',
      '+0:15',
    ]),
  );
  // Beto had 1:00, got +0:30 and spoke 0:30: the clock still had 1:00 left.
  await settled(async () => expect((await cells(rows.nth(1))).slice(5, 9)).toEqual(['1:00', '+0:30', '0:30', '\u22121:00']));
  await contains(rows.nth(2), 'en curso');

  // Equity: 3:30 over three turns; women 3:00 (86 %), men 0:30 (14 %).
  await contains(page.getByTestId('equity-total'), 'Tiempo total: 3:30 en 3 turnos');
  await contains(page.getByTestId('equity-gender'), '3:00 · 86 %');
  await contains(page.getByTestId('equity-gender'), '0:30 · 14 %');
  await contains(page.getByTestId('gender-balance'), 'mujeres: 86 % del tiempo, 67 % de las personas ponentes');

  // A late stop is corrected afterwards: Ana actually ended at 2:00.
  await page.getByRole('button', { name: 'Corregir: Ana Torres' }).click();
  await page.getByTestId('turn-log-edit').getByLabel('Fin').fill('16:07:00');
  await page.getByRole('button', { name: 'Guardar' }).click();
  await contains(rows.nth(0), '16:07:00');
  await contains(rows.nth(0), '+0:00');
  await contains(page.getByTestId('equity-total'), 'Tiempo total: 3:15 en 3 turnos');
});

test('shortcuts do nothing while typing in a field', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('link', { name: 'Moderación' }).click();
  await addSpeaker(page, 'Nadia Núñez', 'Sin especificar', '3');
  const name = page.locator('form.add-speaker').getByRole('textbox', { name: 'Nombre' });
  await name.fill('');
  await name.press('n');
  await name.press('Space');
  await expect(name).toHaveValue('n ');
  await expect(page.getByTestId('timer-face')).toHaveAttribute('data-phase', 'idle');
  await expect(page.getByTestId('queue-item')).toHaveCount(1);
});
