import { expect, test, type Browser, type Page } from '@playwright/test';
import { addMesa, axeProblems, sampleEventId, storedRecords, writeNotes } from './helpers';
import { startRelay, type TestRelay } from './sync-relay';

/**
 * Live sync on Yjs (docs/sync.md): a relay on 127.0.0.1 (Relator's own, src/relay) and three
 * browsers: a coordinator who has the event and two rapporteurs in different mesas who join with
 * the link. Waits are for what a user would see, with generous timeouts: the one-second target is
 * measured by `npm run bench` (sync.note_visible_remote_p95_ms), not asserted here.
 */

const SYNCED = { timeout: 20_000 };

/** The live notes of the event this copy holds, as text → how many times. */
async function noteCounts(page: Page, eventId: string): Promise<Record<string, number>> {
  const notes = (await storedRecords(page, 'notes')) as { eventId: string; text: string; deletedAt: string | null }[];
  const counts: Record<string, number> = {};
  for (const n of notes) if (n.eventId === eventId && n.deletedAt === null) counts[n.text] = (counts[n.text] ?? 0) + 1;
  return counts;
}

async function openAt(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto(url);
  return page;
}

test('live sync: three copies see each other’s notes, co-write a synthesis, survive going offline and a relay restart', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  let relay: TestRelay | null = null;
  try {
    // The coordinator's copy has the event; the relay lets it and the link's holders in.
    const coordinator = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
    const eventId = await sampleEventId(coordinator);
    relay = await startRelay(eventId);
    const joinPanel = coordinator.getByTestId('join-panel');
    await joinPanel.getByRole('textbox', { name: 'Enlace que te compartieron' }).fill('no es un enlace');
    await joinPanel.getByRole('button', { name: 'Unirse' }).click();
    await expect(joinPanel.getByRole('alert')).toHaveText(/no es un enlace para unirse/);
    await joinPanel.getByRole('textbox', { name: 'Enlace que te compartieron' }).fill(relay.link);
    await joinPanel.getByRole('button', { name: 'Unirse' }).click();
    await expect(joinPanel.getByRole('status')).toHaveText(/Te uniste/);
    await coordinator.goto(`${baseURL}#/events/${eventId}`);
    await expect(coordinator.getByTestId('sync-status')).toHaveText(/Conectado/, SYNCED);
    await addMesa(coordinator, 'Mesa Norte');
    await addMesa(coordinator, 'Mesa Sur');

    // A rapporteur opens the link itself: the host serves the app, which offers to join.
    const north = await openAt(browser, relay.link);
    await expect(north.getByText('Te invitaron a trabajar en equipo')).toBeVisible();
    await expect(north.getByRole('button', { name: 'Unirme' })).toBeFocused();
    await north.keyboard.press('Enter');
    await expect(north.locator(`a[href="#/events/${eventId}"]`).first()).toBeVisible(SYNCED);
    expect(new URL(north.url()).search).toBe('');
    // The other pastes it in the library of the app served by the host.
    const south = await openAt(browser, `http://127.0.0.1:${relay.port}/`);
    await south.getByRole('textbox', { name: 'Enlace que te compartieron' }).fill(relay.link);
    await south.getByRole('button', { name: 'Unirse' }).click();
    await expect(south.locator(`a[href="#/events/${eventId}"]`).first()).toBeVisible(SYNCED);

    const pages = [coordinator, north, south];
    for (const [page, mesa] of [
      [coordinator, null],
      [north, 'Mesa Norte'],
      [south, 'Mesa Sur'],
    ] as const) {
      await page.goto(`${new URL(page.url()).origin}/#/events/${eventId}/capture`);
      const picker = page.getByRole('combobox', { name: 'Escribo en' });
      if (mesa) await expect(picker.locator('option', { hasText: mesa })).toHaveCount(1, SYNCED);
      if (mesa) await picker.selectOption({ label: mesa });
    }

    // Notes typed in each copy appear in the others (the coordinator's plenary view shows every mesa's).
    await writeNotes(coordinator, ['Coordinación: bienvenida a las mesas']);
    await writeNotes(north, ['Norte: agua potable para los barrios altos']);
    await writeNotes(south, ['Sur: transporte nocturno seguro']);
    const firstThree = [
      'Coordinación: bienvenida a las mesas',
      'Norte: agua potable para los barrios altos',
      'Sur: transporte nocturno seguro',
    ];
    for (const page of pages) for (const text of firstThree) await expect(page.getByText(text, { exact: true })).toBeVisible(SYNCED);

    // Two people type in the same synthesis (Mesa Norte's, question 1) at once: both keep their words.
    await coordinator.getByRole('combobox', { name: 'Escribo en' }).selectOption({ label: 'Mesa Norte' });
    const boxOf = (page: Page) => page.getByRole('textbox', { name: 'Síntesis de la pregunta — Mesa Norte' });
    await boxOf(coordinator).fill('La mesa acordó priorizar el agua.');
    await boxOf(coordinator).blur();
    await expect(boxOf(north)).toHaveValue('La mesa acordó priorizar el agua.', SYNCED);
    await boxOf(coordinator).click();
    await boxOf(coordinator).press('ControlOrMeta+Home');
    await boxOf(north).click();
    await boxOf(north).press('ControlOrMeta+End');
    await Promise.all([
      boxOf(coordinator).pressSequentially('Inicio del coordinador. ', { delay: 40 }),
      boxOf(north).pressSequentially(' Cierre de la relatora del norte.', { delay: 40 }),
    ]);
    for (const page of pages.slice(0, 2)) await boxOf(page).blur();
    const both = 'Inicio del coordinador. La mesa acordó priorizar el agua. Cierre de la relatora del norte.';
    for (const page of [coordinator, north]) await expect(boxOf(page)).toHaveValue(both, SYNCED);
    await south.getByRole('combobox', { name: 'Escribo en' }).selectOption({ label: 'Mesa Norte' });
    await expect(boxOf(south)).toHaveValue(both, SYNCED);
    await expect(coordinator.getByRole('button', { name: 'Conservar la mía' })).toHaveCount(0);
    await south.getByRole('combobox', { name: 'Escribo en' }).selectOption({ label: 'Mesa Sur' });

    // The south rapporteur loses the network and keeps writing; the coordinator writes meanwhile.
    await south.context().setOffline(true);
    const offline = ['Sur sin red: propuesta 1', 'Sur sin red: propuesta 2', 'Sur sin red: propuesta 3', 'Sur sin red: propuesta 4'];
    for (const text of offline) await writeNotes(south, [text]);
    await writeNotes(coordinator, ['Coordinación durante el corte']);
    await expect(coordinator.getByText('Sur sin red: propuesta 1', { exact: true })).toHaveCount(0);
    await south.context().setOffline(false);

    // The relay restarts mid-session; a note written while it is down arrives once it is back.
    await relay.stop();
    await writeNotes(north, ['Norte durante el reinicio']);
    await relay.start();
    await writeNotes(coordinator, ['Coordinación tras el reinicio']);

    const all = [...firstThree, ...offline, 'Coordinación durante el corte', 'Norte durante el reinicio', 'Coordinación tras el reinicio'];
    const expected = Object.fromEntries(all.map((t) => [t, 1]));
    for (const page of pages) await expect.poll(() => noteCounts(page, eventId), { timeout: 30_000 }).toMatchObject(expected);
    for (const text of offline) await expect(coordinator.getByText(text, { exact: true })).toBeVisible();
    await coordinator.goto(`${baseURL}#/events/${eventId}`);
    await expect(coordinator.getByTestId('sync-status')).toHaveText(/3 personas conectadas/, SYNCED);

    // The panel and the join form read well at both laptop sizes, for screen readers too.
    for (const [width, height] of [
      [1366, 768],
      [1280, 720],
    ] as const) {
      for (const page of [coordinator, south]) {
        await page.setViewportSize({ width, height });
        if (page === south) await page.goto(`http://127.0.0.1:${relay.port}/#/`);
        const panel = page.getByTestId(page === south ? 'join-panel' : 'sync-panel');
        await panel.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-results/sync-${page === south ? 'join' : 'panel'}-${width}x${height}.png` });
        const box = (await panel.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(await axeProblems(page, { include: `[data-testid="${page === south ? 'join-panel' : 'sync-panel'}"]` })).toEqual([]);
      }
    }
  } finally {
    await relay?.close();
  }
});
