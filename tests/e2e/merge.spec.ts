import { writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LAPTOP_SIZES, demoEventFile, importThroughUi, storedRecords } from './helpers';

const TITLE = 'Foro de la prueba combinada';

/**
 * Three copies of one event: the one imported into the library, and two other rapporteurs' files.
 * Both edited the same note (C later than B: a conflict), and each added a note of its own.
 */
function threeCopies() {
  const base = demoEventFile(20, 3);
  const data = JSON.parse(readFileSync(base, 'utf8'));
  data.event.title = TITLE;
  const later = (minutes: number) => new Date(Date.parse(data.event.updatedAt) + minutes * 60_000).toISOString();
  const note = data.notes.find((n: { deletedAt: string | null }) => n.deletedAt === null);
  const write = (name: string, change: (copy: typeof data) => void) => {
    const copy = structuredClone(data);
    change(copy);
    const file = base.replace(/demo\.relator\.json$/, name);
    writeFileSync(file, JSON.stringify(copy));
    return file;
  };
  const edit = (copy: typeof data, text: string, minutes: number) => {
    const n = copy.notes.find((x: { id: string }) => x.id === note.id);
    Object.assign(n, { text, updatedAt: later(minutes), editedAt: later(minutes) });
  };
  const add = (copy: typeof data, id: string, text: string, minutes: number) =>
    copy.notes.push({ ...note, id, text, createdAt: later(minutes), updatedAt: later(minutes), editedAt: null });
  return {
    mine: write('mine.relator.json', () => undefined),
    b: write('rapporteur-b.relator.json', (copy) => {
      edit(copy, 'Versión de B', 1);
      add(copy, '0000000b-0000-4000-8000-000000000001', 'Nota nueva de B', 1);
    }),
    c: write('rapporteur-c.relator.json', (copy) => {
      edit(copy, 'Versión de C', 2);
      add(copy, '0000000c-0000-4000-8000-000000000001', 'Nota nueva de C', 2);
    }),
    noteId: note.id as string,
  };
}

test('"Combinar con…" merges two files at once, and a conflict is combined by hand in the review list', async ({ page }) => {
  const files = threeCopies();
  await page.goto('/');
  await importThroughUi(page, files.mine, /Importar archivo de evento/);
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `Combinar con…: ${TITLE}` }).click();
  await (await chooser).setFiles(files.b);
  const panel = page.getByTestId('merge-panel');
  await expect(panel).toContainText(`Combinar «${TITLE}» con:`);
  const second = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Añadir otro archivo…' }).click();
  await (await second).setFiles(files.c);
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  for (const size of LAPTOP_SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/merge-panel-${size.width}x${size.height}.png` });
  }
  await panel.getByRole('button', { name: 'Combinar', exact: true }).click();

  await expect(page.getByText(`Se combinaron 2 archivos con «${TITLE}».`)).toBeVisible();
  // Without a common ancestor every losing text is listed: B's, and the note as the library held it before.
  const review = page.getByTestId('merge-review');
  const items = review.getByRole('listitem');
  await expect(items).toHaveCount(2);
  const fromB = items.filter({ hasText: 'Versión de B' });
  await expect(fromB).toContainText('Nota — texto');
  await expect(fromB.getByTestId('merge-kept')).toContainText('Versión de C');
  await expect(fromB.getByTestId('merge-lost')).toContainText('Versión de B');
  for (const size of LAPTOP_SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/merge-review-${size.width}x${size.height}.png` });
  }

  // Left unreviewed (the app reloaded, or the user went elsewhere), the texts that lost are not lost:
  // the event's card says they wait, and its review lists them again.
  await page.reload();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
  await expect(card.getByTestId('merge-waiting')).toHaveText(/2 textos en conflicto de una combinación esperan tu revisión\./);
  await expect(review).toHaveCount(0);
  await page.screenshot({ path: 'test-results/merge-waiting-card.png' });
  await card.getByRole('button', { name: `Revisar los textos en conflicto: ${TITLE}` }).click();
  await expect(review.getByRole('heading', { name: `Textos en conflicto al combinar «${TITLE}»` })).toBeFocused();
  await expect(items).toHaveCount(2);
  await expect(fromB.getByTestId('merge-lost')).toContainText('Versión de B');

  await fromB.getByRole('button', { name: 'Combinar a mano' }).click();
  const box = fromB.getByLabel('Texto combinado');
  await expect(box).toHaveValue('Versión de C\n\nVersión de B');
  await box.fill('Versión de C, con lo que anotó B');
  await fromB.getByRole('button', { name: 'Guardar' }).click();
  await expect(items).toHaveCount(1);
  // One reviewed, one left: after a reload only the one left waits.
  await page.reload();
  await expect(card.getByTestId('merge-waiting')).toHaveText(/1 texto en conflicto de una combinación espera tu revisión\./);
  await card.getByRole('button', { name: `Revisar los textos en conflicto: ${TITLE}` }).click();
  await expect(items).toHaveCount(1);
  await items.getByRole('button', { name: 'Dejar la conservada' }).click();
  await expect(review).toContainText('Ya revisaste todos los textos en conflicto.');
  await expect(card.getByTestId('merge-waiting')).toHaveCount(0);

  type StoredNote = { id: string; text: string; deletedAt: string | null };
  const notes = async () => (await storedRecords(page, 'notes')) as StoredNote[];
  await expect.poll(async () => (await notes()).find((n) => n.id === files.noteId)?.text).toBe('Versión de C, con lo que anotó B');
  const texts = (await notes()).map((n) => n.text);
  expect(texts).toContain('Nota nueva de B');
  expect(texts).toContain('Nota nueva de C');
});

test('"Combinar con…" refuses a file of another event and changes nothing, unless it is imported as a mesa of this event', async ({
  page,
}) => {
  const files = threeCopies();
  const other = demoEventFile(20, 4);
  await page.goto('/');
  await importThroughUi(page, files.mine, /Importar archivo de evento/);
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  const before = (await storedRecords(page, 'notes')).length;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `Combinar con…: ${TITLE}` }).click();
  await (await chooser).setFiles(other);
  await page.getByTestId('merge-panel').getByRole('button', { name: 'Combinar', exact: true }).click();
  const refused = page.getByTestId('merge-refused');
  await expect(refused).toContainText('No se combinó nada: hay archivos de otro evento');
  await expect(refused).toContainText('demo.relator.json: «Segundo Conversatorio Metropolitano»');
  await expect(refused).toContainText('puedes importarlos como mesa de este evento');
  expect((await storedRecords(page, 'notes')).length).toBe(before);

  // Asked for: the other event's notes come in as a new mesa's, under the questions of the same text.
  const asMesa = refused.getByTestId('as-mesa');
  await expect(asMesa.getByRole('combobox', { name: 'demo.relator.json: importar como' })).toHaveValue('');
  await asMesa.getByRole('button', { name: 'Importar como mesa' }).click();
  await expect(page.getByText(`Se combinó 1 archivo con «${TITLE}».`)).toBeVisible();
  type StoredNote = { eventId: string; mesaId: string | null; questionId: string | null };
  const notes = (await storedRecords(page, 'notes')) as StoredNote[];
  const imported = notes.filter((n) => n.mesaId !== null);
  expect(imported).toHaveLength(JSON.parse(readFileSync(other, 'utf8')).notes.length);
  expect(new Set(notes.map((n) => n.eventId)).size).toBe(1);
  // Same sample program on both sides: every question was matched, none added.
  const questionIds = new Set(notes.filter((n) => n.mesaId === null && n.questionId).map((n) => n.questionId));
  expect(imported.filter((n) => n.questionId).every((n) => questionIds.has(n.questionId))).toBe(true);
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByTestId('mesa-list').getByRole('heading', { name: 'Segundo Conversatorio Metropolitano' })).toBeVisible();
});

test('"Combinar con…" backs the event up first: restoring that backup gives the event as it was before the merge', async ({ page }) => {
  const files = threeCopies();
  await page.goto('/');
  await importThroughUi(page, files.mine, /Importar archivo de evento/);
  const card = (title: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  const noteCount = async (title: string) => Number((await card(title).locator('.event-card-meta').innerText()).match(/(\d+) notas/)![1]);
  const before = await noteCount(TITLE);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `Combinar con…: ${TITLE}` }).click();
  await (await chooser).setFiles(files.b);
  await page.getByTestId('merge-panel').getByRole('button', { name: 'Combinar', exact: true }).click();
  await expect(page.getByText(`Se combinó 1 archivo con «${TITLE}».`)).toBeVisible();
  await expect(card(TITLE).locator('.event-card-meta')).toContainText(`${before + 1} notas`);

  await page.getByRole('link', { name: 'Copias de seguridad' }).click();
  const group = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(TITLE) }) });
  await group.getByRole('button', { name: 'Restaurar como copia' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: `Evento restaurado: «${TITLE}»` })).toBeVisible();
  await page.goto('/');
  // The copy is the event before the merge: without B's note.
  await expect(card(`${TITLE} (copia)`).locator('.event-card-meta')).toContainText(`${before} notas`);
});
