import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const SAMPLE_TITLE = 'Segundo Conversatorio Metropolitano';

/**
 * axe's findings on the page (or inside `include`), one readable line each ("rule: selectors");
 * empty when the page is fine. Serious and critical findings only, unless `every` is set.
 */
export async function axeProblems(page: Page, { include, every = false }: { include?: string; every?: boolean } = {}): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => every || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Every record of one object store of the app's database, as stored right now: tests wait on it
 * (expect.poll) for a debounced save to land, instead of sleeping for the debounce. Call it only
 * once the app has opened its database.
 */
export async function storedRecords(page: Page, store: 'drafts' | 'settings' | 'notes'): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('relator');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => (db.close(), resolve(all.result));
          all.onerror = () => (db.close(), reject(all.error));
        };
      }),
    store,
  );
}

/** Writes a synthetic event file with the real CLI, as a user would. */
export function demoEventFile(notes: number, seed = 1): string {
  const dir = mkdtempSync(join(tmpdir(), 'relator-e2e-'));
  const file = join(dir, 'demo.relator.json');
  execFileSync(process.execPath, ['bin/relator.mjs', 'demo', '--notes', String(notes), '--seed', String(seed), '-o', file]);
  return file;
}

export function corruptCopy(file: string, mutate: (data: any) => void): string {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  mutate(data);
  const out = file.replace(/\.relator\.json$/, '.corrupt.relator.json');
  writeFileSync(out, JSON.stringify(data));
  return out;
}

/** Imports a file through the library's import button and the browser's file chooser. */
export async function importThroughUi(page: Page, file: string, buttonName: RegExp): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: buttonName }).click();
  await (await chooser).setFiles(file);
}

/** The two laptop screens every screen must fit (the developers' guide). */
export const LAPTOP_SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const;

/** Twelve notes as a rapporteur writes them: mostly one line, a few two, one with a tag. */
export const TWELVE_NOTES = [
  'La coordinación metropolitana necesita datos abiertos y un presupuesto propio.',
  'Los municipios pequeños no tienen equipos técnicos para planear.',
  '!Crear una mesa permanente entre los tres niveles de gobierno',
  'La movilidad se decide en cada alcaldía y nadie mira el área metropolitana completa; los transbordos siguen siendo lo más caro del viaje.',
  '+Un fondo metropolitano con reglas de operación claras',
  '?¿Quién rinde cuentas cuando una obra cruza dos municipios?',
  'Las organizaciones vecinales ya hacen diagnósticos que nadie usa.',
  '%40 % de los municipios no tiene plan de movilidad (dato ilustrativo) #datos',
  'El agua es el tema que más une a los municipios de la zona.',
  'Pactos de pares entre alcaldías vecinas, con seguimiento público y un calendario que se revise cada seis meses con la ciudadanía.',
  'Falta una plataforma común de información territorial.',
  'Cerrar con acuerdos concretos y responsables con nombre.',
] as const;

/** Seven people for the moderator's queue, with the kind of names and titles a program lists. */
export const SEVEN_SPEAKERS = [
  'Mtra. Alicia Ejemplar Robles',
  'Dr. Bruno Díaz Peña',
  'Lic. Carmen Ortega Salinas',
  'Arq. Daniel Fuentes',
  'Ing. Elena Mora Castillo',
  'Mtro. Francisco Javier Hernández de la Cruz',
  'Gabriela Ruiz',
] as const;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when `inner` lies wholly inside `outer` (half a pixel of rounding allowed). */
export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}

export async function viewportBox(page: Page): Promise<Box> {
  return page.evaluate(() => ({ x: 0, y: 0, width: window.innerWidth, height: window.innerHeight }));
}

/** How wide the page is against the window: the page scrolls sideways when the first is larger. */
export async function pageWidth(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

/** The sample event's id, from its link in the library. */
export async function sampleEventId(page: Page): Promise<string> {
  await page.goto('/');
  const href = await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).getAttribute('href');
  const id = /#\/events\/([^/]+)/.exec(href ?? '')?.[1];
  if (!id) throw new Error(`no event id in the sample's link ${href}`);
  return decodeURIComponent(id);
}

/** Saves notes through the composer, one by one, as a rapporteur types them. */
export async function writeNotes(page: Page, texts: readonly string[]): Promise<void> {
  const composer = page.getByRole('textbox', { name: 'Nueva nota' });
  for (const text of texts) {
    await composer.fill(text);
    await composer.press('Enter');
    await expect(composer).toHaveValue('');
  }
}

/** Adds new people to the moderator's queue through its form, each for `minutes`. */
export async function queueNewPeople(page: Page, names: readonly string[], minutes = '5'): Promise<void> {
  const form = page.locator('form.add-speaker');
  for (const name of names) {
    const person = form.getByRole('combobox', { name: 'Persona' });
    if (await person.count()) await person.selectOption({ label: 'Nueva persona…' });
    await form.getByRole('textbox', { name: 'Nombre' }).fill(name);
    await form.getByRole('combobox', { name: 'Rol' }).selectOption({ label: 'Ponente' });
    await form.getByRole('textbox', { name: 'Minutos previstos' }).fill(minutes);
    await form.getByRole('button', { name: 'Agregar a la cola' }).click();
    await expect(page.getByTestId('speaker-queue')).toContainText(name);
  }
}

/** Adds a mesa by name on the event's overview ("Mesas" panel). */
export async function addMesa(page: Page, name: string): Promise<void> {
  const panel = page.getByTestId('mesa-list');
  await panel.getByRole('button', { name: 'Añadir una mesa' }).click();
  await panel.getByRole('textbox', { name: 'Nombre' }).fill(name);
  await panel.getByRole('textbox', { name: 'Nombre' }).press('Enter');
  await expect(panel.getByRole('heading', { name })).toBeVisible();
}
