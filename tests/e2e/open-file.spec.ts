import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { demoEventFile } from './helpers';

/*
 * A `.relator.json` double-clicked on the desktop: the main process keeps the file and the page
 * takes it through the bridge (src/main/open-files.ts, tested against the real handlers in
 * tests/unit). Here the page runs with a stand-in bridge that hands over real event files the
 * same way, so the renderer's side is the real one: the library's validating import worker, then
 * the event opens.
 */
async function withDesktopBridge(page: Page, files: Array<{ name: string; text: string }>): Promise<void> {
  await page.addInitScript((initial) => {
    const queue = initial.map((file) => ({ name: file.name, bytes: new TextEncoder().encode(file.text) }));
    const state = window as unknown as { openedQueue: typeof queue; openedListeners: Set<() => void>; menuLanguages: string[] };
    state.openedQueue = queue;
    state.openedListeners = new Set();
    state.menuLanguages = [];
    window.relator = {
      openFile: async () => null,
      saveFile: async () => null,
      openExternal: async () => undefined,
      openStageWindow: async () => undefined,
      printPdf: async () => new Uint8Array(),
      takeOpenedFile: async () => state.openedQueue.shift() ?? null,
      // Like ipcRenderer.on: every listener hears each message, until it is removed.
      onFileOpened: (listener) => {
        state.openedListeners.add(listener);
        return () => void state.openedListeners.delete(listener);
      },
      setLanguage: async (language) => void state.menuLanguages.push(language),
      // Backups are not what this test is about: a folder that takes every snapshot and lists none.
      backupLocation: async () => ({ path: '/home/ana/Documentos/Relator/Copias de seguridad', isDefault: true }),
      chooseBackupFolder: async () => null,
      resetBackupFolder: async () => ({ path: '/home/ana/Documentos/Relator/Copias de seguridad', isDefault: true }),
      writeBackup: async (request) => ({
        name: 'x',
        eventId: request.eventId,
        label: request.title,
        takenAt: new Date().toISOString(),
        size: request.data.byteLength,
      }),
      listBackups: async () => [],
      readBackup: async () => new Uint8Array(),
      readDatabaseMarker: async () => null,
      // Live sync is not what this test is about: nothing is hosted.
      hostSync: async () => Promise.reject(new Error('[relator:invalid-argument] not in this test')),
      stopHostingSync: async () => undefined,
      syncHostStatus: async () => ({ hosting: false, port: null, rooms: [] }),
      writeDatabaseMarker: async () => undefined,
      onQuitBackup: () => undefined,
    };
  }, files);
}

function eventFile(notes: number, seed: number): { name: string; text: string; id: string; notes: string[] } {
  const path = demoEventFile(notes, seed);
  const text = readFileSync(path, 'utf8');
  const data = JSON.parse(text) as { event: { id: string }; notes: Array<{ text: string }> };
  return { name: 'Foro.relator.json', text, id: data.event.id, notes: data.notes.map((note) => note.text) };
}

test('an event file opened from the system is imported and its event opens, at start-up and while the app runs', async ({ page }) => {
  const first = eventFile(3, 11);
  await withDesktopBridge(page, [first]);
  await page.goto('/');
  await expect(page).toHaveURL(new RegExp(`#/events/${first.id}$`));
  await expect(page.getByText('Evento importado')).toBeVisible();

  // Later, from the capture view of another event: a second file opened from the system.
  const second = eventFile(4, 12);
  await page.goto(`/#/events/${first.id}/capture`);
  await expect(page.getByRole('textbox', { name: 'Nueva nota' })).toBeVisible();
  await page.evaluate((file) => {
    const state = window as unknown as { openedQueue: unknown[]; openedListeners: Set<() => void> };
    state.openedQueue.push({ name: file.name, bytes: new TextEncoder().encode(file.text) });
    for (const listener of state.openedListeners) listener();
  }, second);
  await expect(page).toHaveURL(new RegExp(`#/events/${second.id}$`));
  // All of it arrived: the library lists the event with every note of the file.
  await page.goto('/#/');
  const card = page.locator('.event-card').filter({ has: page.locator(`a[href="#/events/${second.id}"]`) });
  await expect(card).toContainText(`${second.notes.length} notas`);
});

test('a file opened from the system at the moment the library is left is still imported, not dropped', async ({ page }) => {
  await withDesktopBridge(page, []);
  await page.goto('/#/');
  await expect(page.locator('.event-card')).toHaveCount(1);
  const file = eventFile(4, 14);
  // The worst moment: the library has taken the file and starts importing it in the same task in
  // which the user's click leaves it (the import it was running is stopped by leaving).
  await page.evaluate((opened) => {
    const state = window as unknown as { openedQueue: unknown[]; openedListeners: Set<() => void> };
    state.openedQueue.push({ name: opened.name, bytes: new TextEncoder().encode(opened.text) });
    for (const listener of state.openedListeners) listener();
    document.querySelector<HTMLAnchorElement>('.event-card a')!.click();
  }, file);
  await expect(page).toHaveURL(new RegExp(`#/events/${file.id}$`));
  await page.goto('/#/');
  await expect(page.locator('.event-card')).toHaveCount(2);
  await expect(page.getByText(/Importación cancelada/)).toHaveCount(0);
});

test('a damaged file opened from the system is refused with the reasons, and nothing is imported', async ({ page }) => {
  const file = eventFile(2, 13);
  const damaged = JSON.parse(file.text);
  damaged.notes[0].text = 42;
  await withDesktopBridge(page, [{ name: 'Dañado.relator.json', text: JSON.stringify(damaged) }]);
  await page.goto('/');
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('Dañado.relator.json');
  await expect(errors).toContainText('notes[0].text');
  await expect(errors).toContainText('No se cambió nada');
  await expect(page.locator('.event-card')).toHaveCount(1);
});

test('the desktop menu is told the interface language at start and when the user changes it', async ({ page }) => {
  await withDesktopBridge(page, []);
  const told = () => page.evaluate(() => (window as unknown as { menuLanguages: string[] }).menuLanguages);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Eventos', level: 1 })).toBeVisible();
  expect(await told()).toEqual(['es']);
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Events', level: 1 })).toBeVisible();
  await expect.poll(told).toEqual(['es', 'en']);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Events', level: 1 })).toBeVisible();
  expect(await told()).toEqual(['en']);
});
