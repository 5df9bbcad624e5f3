import { expect, test } from '@playwright/test';
import { axeProblems, SAMPLE_TITLE } from './helpers';

const CSV = [
  'Nombre;Organización;Cargo;Sector;Género',
  'Ana Pérez;UNAM;Investigadora;Academia;mujer',
  'Luis Gómez;SEDATU;Director;Gobierno;hombre',
  ';Colectivo Barrio;;Sociedad civil;mujer',
  'Sofía Ruiz;Colectivo Barrio;;Sociedad civil;quizá',
].join('\r\n');

test('attendance: a CSV file is read with its bad lines named, hand counts are added, and the preview shows the table; the list only when asked', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('navigation', { name: 'Secciones del evento' }).getByRole('link', { name: 'Relatoría' }).click();
  const preview = page.getByRole('region', { name: 'Texto de la relatoría' });
  await page.getByText('Asistencia', { exact: true }).click();
  await expect(page.getByTestId('attendance-list-count')).toHaveText('Aún no hay lista.');

  await page.getByTestId('attendance-file-input').setInputFiles({
    name: 'asistencia.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${CSV}`, 'utf8'),
  });
  const result = page.getByTestId('attendance-result');
  await expect(result).toContainText('Se leyeron 3 personas (la primera fila se tomó como títulos de columna).');
  await expect(result).toContainText('Línea 4: falta el nombre; la fila no se importa');
  await expect(result).toContainText('Línea 5: no se reconoce el género «quizá»');
  await result.getByRole('button', { name: 'Usar esta lista' }).click();
  await expect(page.getByTestId('attendance-list-count')).toContainText('En la lista: 3 personas.');

  // Two more people counted by hand in Gobierno.
  await page.getByRole('button', { name: 'Añadir una fila' }).click();
  await page.getByLabel('Fila 1: Sector').fill('Gobierno');
  await page.getByLabel('Fila 1: Mujeres').fill('dos');
  await page.getByLabel('Fila 1: Mujeres').press('Tab');
  await expect(page.getByText('Escribe un número entero, de 0 en adelante.')).toBeVisible();
  await page.getByLabel('Fila 1: Mujeres').fill('2');
  await page.getByLabel('Fila 1: Mujeres').press('Tab');
  await expect(page.getByTestId('attendance-counted')).toHaveText('Contadas aparte: 2');

  await expect(preview.getByRole('heading', { name: 'Asistencia', exact: true })).toBeVisible();
  await expect(preview).toContainText('Asistieron 5 personas.');
  const table = preview.getByRole('table').filter({ hasText: 'Sin especificar' }).filter({ hasText: 'Mujeres' });
  await expect(table.getByRole('row').last()).toHaveText(/Total\s*3\s*1\s*1\s*5/);
  await expect(preview.getByRole('heading', { name: 'Lista de asistentes' })).toHaveCount(0);
  await page.getByLabel('Incluir la lista de asistentes con nombres').check();
  await expect(preview.getByRole('heading', { name: 'Lista de asistentes' })).toBeVisible();
  await expect(preview).toContainText('Ana Pérez');
  // Anonymous report: no list, whatever the checkbox says.
  await page.getByLabel('Anónima: qué se dijo, no quién').check();
  await expect(preview.getByRole('heading', { name: 'Lista de asistentes' })).toHaveCount(0);

  // Kept with the event.
  await page.reload();
  await page.getByText(/^Asistencia: 5 personas$/).click();
  await expect(page.getByTestId('attendance-list-count')).toContainText('En la lista: 3 personas.');
  await expect(page.getByLabel('Fila 1: Mujeres')).toHaveValue('2');
  expect(await axeProblems(page, { include: '[data-testid="report-attendance"]' })).toEqual([]);
});

test('attendance: a pasted list with a quote never closed is refused, naming the line, and nothing is stored', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(SAMPLE_TITLE) }).click();
  await page.getByRole('navigation', { name: 'Secciones del evento' }).getByRole('link', { name: 'Relatoría' }).click();
  await page.getByText('Asistencia', { exact: true }).click();
  await page.getByLabel(/Pega la lista/).fill('Ana Pérez\tUNAM\n"Luis Gómez\tSEDATU\nEva\tUAM');
  await page.getByRole('button', { name: 'Leer la lista pegada' }).click();
  const result = page.getByTestId('attendance-result');
  await expect(result).toContainText('No se puede importar la lista');
  await expect(result).toContainText('Línea 2: unas comillas se abren y no se cierran');
  await expect(result.getByRole('button', { name: /Usar esta lista/ })).toHaveCount(0);
  await expect(page.getByTestId('attendance-list-count')).toHaveText('Aún no hay lista.');
});
