import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serializeEventFile } from '../../src/core/file-format';
import { createMesa, createNote, createSynthesis, live } from '../../src/core/model/factories';
import { buildSampleBundle } from '../../src/core/sample/sample-event';
import { LAPTOP_SIZES, axeProblems, importThroughUi, pageWidth } from './helpers';

const TITLE = 'Foro metropolitano por mesas';

/**
 * The sample's program as a forum in two mesas, as the coordinator has it after merging the mesas'
 * files: questions 1 and 2 at both mesas, notes taken in each and in the plenary, each mesa's
 * synthesis of question 1. The general synthesis is left for the coordinator to write.
 */
function forumFile(dir: string): string {
  const bundle = buildSampleBundle(readFileSync('resources/samples/segundo-conversatorio-metropolitano.txt', 'utf8'));
  bundle.event = { ...bundle.event, title: TITLE, rapporteur: 'Carla Coordinadora' };
  const id = bundle.event.id;
  const norte = createMesa(id, { name: 'Mesa Norte', order: 0, room: 'Sala 2', moderator: 'Marta Mod', rapporteurs: ['Iván Relator'] });
  const sur = createMesa(id, { name: 'Mesa Sur', order: 1, room: 'Sala 3', moderator: 'Pedro Mod', rapporteurs: ['Luz Pérez'] });
  bundle.mesas = [norte, sur];
  const questions = live(bundle.questions).sort((a, b) => a.order - b.order);
  const [q1, q2] = questions.map((q) => q.id);
  bundle.questions = questions.map((q, i) => (i < 2 ? { ...q, mesaIds: [norte.id, sur.id] } : q));
  // A minute between notes, so the report's chronological order is the order written here.
  let minute = 0;
  const ctx = { newId: () => randomUUID(), nowMs: () => Date.UTC(2026, 10, 26, 16, minute++) };
  bundle.notes = [
    createNote(
      id,
      { text: 'En el norte, un fondo metropolitano del agua', questionId: q1!, mesaId: norte.id, authorName: 'Iván Relator' },
      ctx,
    ),
    createNote(id, { text: 'En el sur, transporte público integrado', questionId: q1!, mesaId: sur.id, authorName: 'Luz Pérez' }, ctx),
    createNote(id, { text: 'El sur pide un observatorio ciudadano', questionId: q2!, mesaId: sur.id, authorName: 'luz pérez' }, ctx),
    createNote(id, { text: 'La plenaria cierra con un llamado a coordinarse', questionId: q1!, authorName: 'Carla Coordinadora' }, ctx),
  ];
  bundle.syntheses = [
    createSynthesis(id, q1!, 'La Mesa Norte prioriza el agua.', undefined, norte.id),
    createSynthesis(id, q1!, 'La Mesa Sur prioriza la movilidad.', undefined, sur.id),
  ];
  const file = join(dir, 'foro.relator.json');
  writeFileSync(file, serializeEventFile(bundle, { appVersion: 'e2e', exportedAt: new Date().toISOString() }));
  return file;
}

async function openForumReport(page: Page, dir: string): Promise<void> {
  await page.goto('/');
  await importThroughUi(page, forumFile(dir), /Importar archivo de evento/);
  await expect(page.getByText(`Evento importado: «${TITLE}».`)).toBeVisible();
  await page.getByRole('link', { name: new RegExp(TITLE) }).click();
  await page.getByRole('navigation', { name: 'Secciones del evento' }).getByRole('link', { name: 'Relatoría' }).click();
  await expect(page.getByRole('heading', { name: 'Vista previa', level: 2 })).toBeVisible();
}

async function download(page: Page, button: string, dir: string): Promise<{ text: string; name: string }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await pending;
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  // User text is escaped in Markdown (`\*`, `\(`…); compare it as a reader sees it.
  return { text: readFileSync(path, 'utf8').replace(/\\([!-/:-@[-`{-~])/g, '$1'), name: file.suggestedFilename() };
}

test('the general relatoría: the coordinator writes a question’s synthesis beside the mesas’ and saves it; a mesa’s relatoría on its own', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'relator-general-'));
  await openForumReport(page, dir);
  const preview = page.getByTestId('report-preview');
  const scope = page.getByRole('combobox', { name: 'Qué relatoría' });
  await expect(scope).toHaveValue('general');
  await expect(preview.getByText('Relatoría general', { exact: true })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Síntesis: Mesa Norte' })).toBeVisible();

  // The mesas' syntheses of question 1 beside the coordinator's editor, labelled, read-only.
  const panel = page.getByTestId('general-syntheses');
  await expect(panel.getByRole('combobox', { name: 'Pregunta' })).toHaveValue(/.+/);
  const beside = panel.getByRole('region', { name: 'Síntesis de las mesas de la pregunta 1' });
  await expect(beside.getByRole('article', { name: 'Mesa Norte' })).toContainText('La Mesa Norte prioriza el agua.');
  await expect(beside.getByRole('article', { name: 'Mesa Sur' })).toContainText('La Mesa Sur prioriza la movilidad.');
  await expect(beside.getByRole('textbox')).toHaveCount(0);

  const general = panel.getByRole('textbox', { name: 'Síntesis general de la pregunta 1' });
  await general.click();
  await page.keyboard.type('Ambas mesas piden coordinación metropolitana: agua y movilidad.');
  await general.blur();
  await expect(panel.getByText('Guardado')).toBeVisible();
  await expect(preview.getByText('Ambas mesas piden coordinación metropolitana: agua y movilidad.')).toBeVisible();

  // Question 2: no mesa wrote a synthesis yet; the panel says so for each.
  await panel.getByRole('combobox', { name: 'Pregunta' }).selectOption({ index: 1 });
  const beside2 = panel.getByRole('region', { name: 'Síntesis de las mesas de la pregunta 2' });
  await expect(beside2.getByRole('article', { name: 'Mesa Sur' })).toContainText('Esta mesa aún no ha escrito su síntesis.');
  await expect(panel.getByRole('textbox', { name: 'Síntesis general de la pregunta 2' })).toHaveValue('');

  const md = await download(page, 'Guardar como Markdown (.md)', dir);
  expect(md.name).toBe(`${TITLE}.md`);
  expect(md.text).toMatch(/^# Foro metropolitano por mesas\n\n\*\*Relatoría general\*\*\n/);
  expect(md.text).toContain('- **Mesas:** Mesa Norte (Sala 2); Mesa Sur (Sala 3)');
  expect(md.text).toContain('- **Relatores:** Iván Relator, Luz Pérez, Carla Coordinadora');
  // Under question 1: the coordinator's synthesis, then each mesa's, then the contributions labelled with their mesa.
  const q1 = md.text.slice(md.text.indexOf('## Pregunta 1.'), md.text.indexOf('## Pregunta 2.'));
  const order = [
    'Ambas mesas piden coordinación metropolitana: agua y movilidad.',
    '### Síntesis: Mesa Norte',
    'La Mesa Norte prioriza el agua.',
    '### Síntesis: Mesa Sur',
    'La Mesa Sur prioriza la movilidad.',
    '- **Mesa Norte:** En el norte, un fondo metropolitano del agua',
    '- **Mesa Sur:** En el sur, transporte público integrado',
    '- **Plenaria:** La plenaria cierra con un llamado a coordinarse',
  ].map((s) => q1.indexOf(s));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));

  // One mesa's relatoría: its own notes and synthesis, named after it.
  await scope.selectOption({ label: 'Mesa: Mesa Sur' });
  await expect(preview.getByText('Relatoría de la mesa: Mesa Sur', { exact: true })).toBeVisible();
  await expect(preview.getByText('En el norte, un fondo metropolitano del agua')).toHaveCount(0);
  const sur = await download(page, 'Guardar como Markdown (.md)', dir);
  expect(sur.name).toBe(`${TITLE} - Mesa Sur.md`);
  expect(sur.text).toContain('- **Sala:** Sala 3');
  expect(sur.text).toContain('La Mesa Sur prioriza la movilidad.');
  expect(sur.text).toContain('El sur pide un observatorio ciudadano');
  expect(sur.text).not.toContain('Ambas mesas piden coordinación');
  expect(sur.text).not.toContain('En el norte');
});

for (const size of LAPTOP_SIZES) {
  test(`the general relatoría at ${size.width}×${size.height}: the scope and the syntheses side by side fit, with no serious accessibility problems`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const dir = mkdtempSync(join(tmpdir(), 'relator-general-layout-'));
    await openForumReport(page, dir);
    await expect(page.getByTestId('report-preview').getByText('Relatoría general', { exact: true })).toBeVisible();
    await page.screenshot({ path: `test-results/report-general-top-${size.width}x${size.height}.png` });
    const panel = page.getByTestId('general-syntheses');
    await panel.scrollIntoViewIfNeeded();
    await expect(panel.getByTestId('mesa-syntheses')).toContainText('La Mesa Sur prioriza la movilidad.');
    await page.screenshot({ path: `test-results/report-general-syntheses-${size.width}x${size.height}.png` });
    expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(size.width);
    // The editor and the mesas' syntheses side by side, both in the window.
    const editor = await panel.getByRole('textbox', { name: 'Síntesis general de la pregunta 1' }).boundingBox();
    const mesas = await panel.getByTestId('mesa-syntheses').boundingBox();
    expect(editor && mesas && mesas.x > editor.x + editor.width - 1).toBe(true);
    expect(await axeProblems(page, { include: '[data-testid="general-syntheses"]' })).toEqual([]);
    expect(await axeProblems(page, { include: '.report-scope' })).toEqual([]);
  });
}
