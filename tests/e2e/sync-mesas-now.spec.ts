import { expect, test, type Browser, type Page } from '@playwright/test';
import { addMesa, queueNewPeople, sampleEventId } from './helpers';
import { startRelay, type TestRelay } from './sync-relay';

/**
 * "En curso en las mesas" across copies: a mesa's moderator on another computer runs a turn, and the
 * coordinator's overview shows who has the floor and the time running, live, from the moderator's
 * shared timer (awareness), through the real host. The moderator's computer clock is ten minutes
 * behind the coordinator's, as venue laptops without internet often are: read from the stored turn
 * on the coordinator's clock, the turn would look ten minutes old (overtime at once); the shared
 * timer carries the moderator's clock, so the coordinator sees what the moderator sees.
 */

const SYNCED = { timeout: 20_000 };

async function openAt(browser: Browser, url: string, clockSkewMs = 0): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  // Installed before the page loads, the page's clock starts there and then flows as usual.
  if (clockSkewMs !== 0) await context.clock.install({ time: Date.now() + clockSkewMs });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

const card = (page: Page, name: string) => page.getByTestId('mesa-now').filter({ has: page.getByRole('heading', { name, exact: true }) });

test('the coordinator’s overview shows a remote mesa’s running turn live, on the moderator’s clock', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  let relay: TestRelay | null = null;
  try {
    const coordinator = await openAt(browser, baseURL!);
    const eventId = await sampleEventId(coordinator);
    relay = await startRelay(eventId);
    const joinPanel = coordinator.getByTestId('join-panel');
    await joinPanel.getByRole('textbox', { name: 'Enlace que te compartieron' }).fill(relay.link);
    await joinPanel.getByRole('button', { name: 'Unirse' }).click();
    await coordinator.goto(`${baseURL}#/events/${eventId}`);
    await expect(coordinator.getByTestId('sync-status')).toHaveText(/Conectado/, SYNCED);
    await addMesa(coordinator, 'Mesa Norte');

    // Mesa Norte's moderator works on another computer, joined with the link.
    const north = await openAt(browser, relay.link, -10 * 60_000);
    await north.getByRole('button', { name: 'Unirme' }).click();
    await expect(north.locator(`a[href="#/events/${eventId}"]`).first()).toBeVisible(SYNCED);
    await north.goto(`${new URL(north.url()).origin}/#/events/${eventId}/moderator`);
    const mesa = north.getByRole('combobox', { name: 'Mesa que moderas' });
    await expect(mesa.locator('option', { hasText: 'Mesa Norte' })).toHaveCount(1, SYNCED);
    await mesa.selectOption({ label: 'Mesa Norte' });
    await queueNewPeople(north, ['Ana Norte'], '5');
    await north.getByRole('button', { name: 'Empezar' }).click();
    await expect(north.getByTestId('timer-speaker')).toHaveText('Ana Norte');

    // The coordinator sees Ana speaking in Mesa Norte, with her time running.
    const northCard = card(coordinator, 'Mesa Norte');
    await expect(northCard.getByTestId('mesa-now-speaker')).toHaveText('Tiene la palabra: Ana Norte', SYNCED);
    await expect(northCard.getByTestId('mesa-now-timer')).toHaveAttribute('data-display', 'normal');
    const elapsed = northCard.getByTestId('mesa-now-elapsed');
    // Seconds into a five-minute turn, not ten minutes over it.
    await expect(elapsed).toHaveText(/^Lleva 0:\d\d$/);
    await expect(northCard.getByTestId('mesa-now-timer')).toContainText(/^\s*4:\d\d/);
    const first = await elapsed.textContent();
    await expect(elapsed).not.toHaveText(first!, { timeout: 10_000 });
    await expect(card(coordinator, 'Plenaria')).toContainText('Nadie tiene la palabra ahora.');

    // Paused there: paused here.
    await north.getByRole('button', { name: 'Pausar' }).click();
    await expect(northCard.getByTestId('mesa-now-timer')).toContainText(/pausa/i, SYNCED);

    // The turn ends there: nobody has the floor here.
    await north.getByRole('button', { name: 'Terminar turno' }).click();
    await expect(northCard).toContainText('Nadie tiene la palabra ahora.', SYNCED);
  } finally {
    await relay?.close();
  }
});
