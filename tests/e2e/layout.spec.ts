import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  LAPTOP_SIZES,
  SEVEN_SPEAKERS,
  TWELVE_NOTES,
  inside,
  pageWidth,
  queueNewPeople,
  sampleEventId,
  viewportBox,
  writeNotes,
  type Box,
} from './helpers';

/** The boxes of every element `locator` matches, as the page lays them out now. */
const boxesOf = (locator: Locator): Promise<Box[]> =>
  locator.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator} has no box`);
  return b;
}

/** Notes wholly visible: inside the list's scrolling box and inside the window. */
async function notesInView(page: Page, timeline: Locator): Promise<number> {
  const [list, view, notes] = await Promise.all([box(timeline), viewportBox(page), boxesOf(timeline.locator('article'))]);
  return notes.filter((n) => inside(n, list) && inside(n, view)).length;
}

async function expectNoSidewaysScroll(page: Page, view: string): Promise<void> {
  const { scrollWidth, innerWidth } = await pageWidth(page);
  expect(scrollWidth, `${view}: the page is ${scrollWidth} px wide in a ${innerWidth} px window`).toBeLessThanOrEqual(innerWidth);
}

for (const size of LAPTOP_SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('capture: the composer and five notes of the longest question are in view, and an edited note stays in view', async ({ page }) => {
      const id = await sampleEventId(page);
      await page.goto(`/#/events/${id}/capture`);
      const questions = page.getByRole('navigation', { name: 'Preguntas guía' }).locator('ol button');
      await expect(questions).toHaveCount(6);
      const lengths = await questions.evaluateAll((els) => els.map((e) => e.textContent?.length ?? 0));
      await questions.nth(lengths.indexOf(Math.max(...lengths))).click();
      await writeNotes(page, TWELVE_NOTES);

      const timeline = page.getByRole('list', { name: /^Notas:/ });
      const composer = page.getByRole('region', { name: 'Nueva nota' });
      await expect(timeline.locator('article')).not.toHaveCount(0);
      expect(inside(await box(composer), await viewportBox(page)), 'the composer is wholly in the window').toBe(true);
      await expect.poll(() => notesInView(page, timeline), { message: 'notes wholly in view' }).toBeGreaterThanOrEqual(5);
      // A workspace, not a page: nothing below the window to scroll to.
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
      await expectNoSidewaysScroll(page, 'capture');

      // The long question is clamped to two lines; its button (reached by keyboard) shows it whole.
      const heading = page.locator('#capture-current');
      const clamped = () => heading.evaluate((h) => h.scrollHeight > h.clientHeight + 1);
      expect(await clamped()).toBe(true);
      const toggle = page.getByRole('button', { name: 'Ver completa' });
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: 'Ver menos' })).toHaveAttribute('aria-expanded', 'true');
      expect(await clamped()).toBe(false);
      expect(inside(await box(heading), await viewportBox(page))).toBe(true);
      expect(inside(await box(composer), await viewportBox(page))).toBe(true);
      await page.getByRole('button', { name: 'Ver menos' }).press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');

      // Editing the 10th note, scrolled to the bottom edge of the list (where it opens downwards,
      // out of sight, unless the list follows it): the editor opens in place, wholly in view.
      const tenth = timeline.locator('article', { hasText: TWELVE_NOTES[9] });
      await tenth.evaluate((note) => note.scrollIntoView({ block: 'end' }));
      await expect
        .poll(async () => (await box(tenth)).y + (await box(tenth)).height - ((await box(timeline)).y + (await box(timeline)).height))
        .toBeGreaterThan(-3);
      await tenth.getByRole('button', { name: /^Editar/ }).click();
      const editor = page.getByRole('form', { name: 'Editar nota' });
      const text = editor.getByRole('textbox', { name: 'Texto' });
      await expect(text).toBeFocused();
      const editorInView = async () => inside(await box(editor), await box(timeline)) && inside(await box(editor), await viewportBox(page));
      await expect.poll(editorInView, { message: 'the editor is wholly in view' }).toBe(true);
      await text.press('End');
      await text.pressSequentially(' Revisar en marzo.');
      expect(await editorInView()).toBe(true);
      expect(inside(await box(composer), await viewportBox(page))).toBe(true);
      await editor.getByRole('button', { name: 'Guardar cambios' }).click();
      await expect(timeline.locator('article', { hasText: 'Revisar en marzo.' })).toContainText('editada');
    });

    test('no screen scrolls sideways, and a queue of seven shows at least six people beside the timer', async ({ page }) => {
      const id = await sampleEventId(page);
      await page.goto(`/#/events/${id}/moderator`);
      await queueNewPeople(page, SEVEN_SPEAKERS);
      await page.reload(); // as the moderator finds the screen: no messages over it
      const rows = page.getByTestId('queue-item');
      await expect(rows).toHaveCount(7);

      const view = await viewportBox(page);
      expect(inside(await box(page.getByTestId('timer-digits')), view), 'the timer is in the window').toBe(true);
      // Measured once the screen has settled (live queries fill in the panels above the queue after the first paint).
      const besideTimer = async () => {
        const timerPanel = await box(page.getByRole('region', { name: 'Turno actual' }));
        return (await boxesOf(rows)).filter((r) => inside(r, view) && r.x >= timerPanel.x + timerPanel.width).length;
      };
      await expect.poll(besideTimer, { message: 'queued people wholly visible beside the timer' }).toBeGreaterThanOrEqual(6);
      const rowBoxes = await boxesOf(rows);
      // Each row holds its own actions.
      for (const [i, row] of (await rows.all()).entries()) {
        for (const action of await boxesOf(row.getByRole('button'))) expect(inside(action, rowBoxes[i]!)).toBe(true);
      }
      await expectNoSidewaysScroll(page, 'moderation');

      const views: [string, string, (p: Page) => Locator][] = [
        ['library', '/#/', (p) => p.getByRole('link', { name: /Segundo Conversatorio Metropolitano/ })],
        ['setup', '/#/setup', (p) => p.getByRole('textbox', { name: 'Texto del programa' })],
        ['overview', `/#/events/${id}`, (p) => p.getByTestId('question-list')],
        ['capture', `/#/events/${id}/capture`, (p) => p.getByRole('textbox', { name: 'Nueva nota' })],
        ['moderation', `/#/events/${id}/moderator`, (p) => p.getByTestId('speaker-queue')],
        ['relatoría', `/#/events/${id}/report`, (p) => p.getByRole('heading', { name: 'Vista previa' })],
        ['stage', `/#/events/${id}/stage`, (p) => p.getByTestId('timer-digits')],
      ];
      for (const [name, url, landmark] of views) {
        await page.goto(url);
        await expect(landmark(page)).toBeVisible();
        await expectNoSidewaysScroll(page, name);
      }
    });
  });
}
