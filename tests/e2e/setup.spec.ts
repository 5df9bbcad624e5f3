import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeProblems, storedRecords } from './helpers';

const PROGRAM = readFileSync('resources/samples/segundo-conversatorio-metropolitano.txt', 'utf8');

/** The setup draft as stored now, as JSON text ('' when there is none). */
async function savedSetup(page: Page): Promise<string> {
  const draft = (await storedRecords(page, 'settings')).find((r) => (r as { key: string }).key === 'setupDraft');
  return draft ? JSON.stringify(draft) : '';
}

test('a pasted program becomes an event: questions fixed with undo/redo, participants pasted, all there after a reload', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Nuevo evento desde un programa…' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nuevo evento desde un programa');

  await page.getByLabel('Texto del programa').fill(PROGRAM);
  const questions = page.getByTestId('draft-questions').locator(':scope > li');
  await expect(questions).toHaveCount(6);
  await expect(page.getByTestId('preview-status')).toContainText('Encontramos 6 preguntas guía');
  await expect(page.getByTestId('source-view').locator('mark')).toHaveCount(6);
  await expect(page.getByLabel('Título del evento')).toHaveValue(/Segundo Conversatorio Metropolitano/);

  // Fix the typo the program has in question 3 ("actoreslocales").
  await page.getByRole('button', { name: 'Editar: Pregunta 3' }).click();
  const editor = page.getByRole('textbox', { name: 'Pregunta 3', exact: true });
  const fixed = (await editor.inputValue()).replace('actoreslocales', 'actores locales');
  await editor.fill(fixed);
  await editor.press('Enter');
  await expect(questions.nth(2)).toContainText('actores locales');

  const history = page.getByTestId('draft-history');
  await history.getByRole('button', { name: 'Deshacer' }).click();
  await expect(questions.nth(2)).toContainText('actoreslocales');
  await history.getByRole('button', { name: 'Rehacer' }).click();
  await expect(questions.nth(2)).toContainText('actores locales');

  await page.getByRole('button', { name: 'Pegar una lista de participantes…' }).click();
  await page
    .getByRole('textbox', { name: 'Lista de participantes' })
    .fill('Ana López — Directora de Planeación, SEDATU (mujer, gobierno)\nLuis Pérez – Investigador, UNAM\n');
  await expect(page.getByTestId('bulk-preview').locator('tbody tr')).toHaveCount(2);
  // Cargo and institution apart; gender and sector read from the parentheses.
  await expect(page.getByTestId('bulk-preview').locator('tbody tr').first().locator('td')).toHaveText([
    'Ana López',
    'Directora de Planeación',
    'SEDATU',
    'Ponente',
    'Mujer',
    'gobierno',
  ]);
  await page.getByRole('button', { name: 'Agregar 2 participantes' }).click();
  await expect(page.getByTestId('setup-participants').locator(':scope > li')).toHaveCount(2);

  await page.getByRole('button', { name: 'Crear evento' }).click();
  await expect(page).toHaveURL(/#\/events\//);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Segundo Conversatorio Metropolitano');
  const stored = page.getByTestId('question-list').locator(':scope > li');
  await expect(stored).toHaveCount(6);
  await expect(stored.nth(2)).toContainText('actores locales');
  await expect(page.getByText('Ana López')).toBeVisible();
  await expect(page.getByText('Luis Pérez')).toBeVisible();
});

async function openSetup(page: Page): Promise<void> {
  await page.goto('/#/setup');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nuevo evento desde un programa');
}

test('the program is read off the typing path, and the screen has no serious accessibility faults', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openSetup(page);
  await page.getByLabel('Texto del programa').fill(PROGRAM);
  await expect(page.getByTestId('draft-questions').locator(':scope > li')).toHaveCount(6);
  expect(workers.some((u) => u.includes('extract.worker'))).toBe(true);
  expect(await axeProblems(page)).toEqual([]);
});

test('the place and start time written in a program fill the form, and what the user typed stays theirs', async ({ page }) => {
  await openSetup(page);
  const paste = page.getByLabel('Texto del programa');
  await paste.fill(
    'Foro regional de juventudes rurales\nFecha: jueves 14 de marzo de 2027\nLugar: Casa de la Cultura, Pasto\nHora: 8:00 a.m. – 1:00 p.m.\n\nPreguntas orientadoras\n1. ¿Qué falta en el territorio?\n',
  );
  await expect(page.getByLabel('Lugar', { exact: true })).toHaveValue('Casa de la Cultura, Pasto');
  await expect(page.getByLabel('Hora de inicio')).toHaveValue('08:00');
  await expect(page.getByLabel('Fecha', { exact: true })).toHaveValue('2027-03-14');

  await page.getByLabel('Lugar', { exact: true }).fill('Coliseo cubierto');
  await paste.fill('Foro de movilidad\nLugar: Alcaldía, salón B\nHora: 18h30\n\nPreguntas guía\n1. ¿Cómo llegas al centro?\n');
  await expect(page.getByLabel('Hora de inicio')).toHaveValue('18:30');
  await expect(page.getByLabel('Lugar', { exact: true })).toHaveValue('Coliseo cubierto');
});

test('the people a program names are offered as participants, reviewed in the list preview, and the offer goes once they are added', async ({
  page,
}) => {
  await openSetup(page);
  await page
    .getByLabel('Texto del programa')
    .fill(
      'Foro de juventudes\n\nPreguntas guía\n1. ¿Qué falta en el territorio?\n\nPanelistas\n- Rosa Elvira Cely, lideresa comunal\n- Álvaro Gómez (Universidad de Nariño)\n\nModeradora: Laura Benavides\n',
    );
  const offer = page.getByTestId('setup-program-people');
  await expect(offer).toContainText('El programa nombra a 3 personas que aún no están entre los participantes.');
  await offer.getByRole('button', { name: 'Revisar y agregar…' }).click();
  const rows = page.getByTestId('bulk-preview').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).locator('td')).toHaveText(['Álvaro Gómez', '', 'Universidad de Nariño', 'Ponente', 'Sin especificar', '']);
  await expect(rows.nth(2).locator('td').nth(3)).toHaveText('Moderación');
  await page.getByRole('button', { name: 'Agregar 3 participantes' }).click();
  await expect(page.getByTestId('setup-participants').locator(':scope > li')).toHaveCount(3);
  await expect(offer).toHaveCount(0);
});

test('without a heading the preview says so; a huge paste gets a message instead of a frozen page', async ({ page }) => {
  await openSetup(page);
  const paste = page.getByLabel('Texto del programa');
  await paste.fill(
    'Foro del agua en la ciudad\n\n¿Quién decide sobre el agua en la ciudad?\n\n¿Cómo se reparte el agua entre los barrios?\n',
  );
  await expect(page.getByTestId('preview-status')).toContainText(
    'No encontramos un encabezado de preguntas guía; mostramos las líneas que son preguntas',
  );
  await expect(page.getByTestId('draft-questions').locator(':scope > li')).toHaveCount(2);

  await paste.fill('¿Mucho texto? '.repeat(150_000));
  await expect(page.getByRole('alert').filter({ hasText: 'demasiado grande' })).toBeVisible();
  // The page still answers: clearing brings the screen back.
  await page.getByRole('button', { name: 'Borrar el texto pegado' }).click();
  await expect(page.getByTestId('preview-status')).toContainText('Aún no hay texto pegado');
});

test('questions are reordered, split and merged from the keyboard, with undo by shortcut', async ({ page }) => {
  await openSetup(page);
  await page.getByLabel('Texto del programa').fill(PROGRAM);
  const questions = page.getByTestId('draft-questions').locator(':scope > li');
  await expect(questions).toHaveCount(6);
  const first = await questions.nth(0).locator('.question-text').innerText();

  await page.getByRole('button', { name: 'Bajar: Pregunta 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(questions.nth(1).locator('.question-text')).toHaveText(first);
  // Focus follows the moved question, so Enter again keeps moving it.
  await page.keyboard.press('Enter');
  await expect(questions.nth(2).locator('.question-text')).toHaveText(first);

  await page.getByRole('button', { name: 'Dividir: Pregunta 2' }).click();
  await expect(questions).toHaveCount(7);
  await page.getByRole('button', { name: 'Unir con la siguiente: Pregunta 2' }).click();
  await expect(questions).toHaveCount(6);

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(questions).toHaveCount(7);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(questions.nth(0).locator('.question-text')).toHaveText(first);
  await page.keyboard.press('Control+Shift+z');
  await expect(questions.nth(1).locator('.question-text')).toHaveText(first);
});

test('a long reading shows its first questions, then the whole list and every mark; a question far down is moved from the keyboard and found in the text', async ({
  page,
}) => {
  await openSetup(page);
  // 60 panels of 5 questions: the list shows its first 150, the text beside it spans many blocks.
  const program = Array.from(
    { length: 60 },
    (_, p) =>
      `Mesa ${p + 1}: territorio y gobierno ${p + 1}\n\nPreguntas guía\n` +
      Array.from(
        { length: 5 },
        (_, q) => `${q + 1}. ¿Cómo responde la mesa ${p + 1} a la pregunta ${q + 1} sobre el agua y la vivienda?`,
      ).join('\n'),
  ).join('\n\n');
  await page.getByLabel('Texto del programa').fill(program);
  const questions = page.getByTestId('draft-questions').locator(':scope > li');
  await expect(page.getByTestId('preview-status')).toContainText('Encontramos 300 preguntas guía');
  await expect(questions).toHaveCount(150);
  await expect(page.getByTestId('source-view').locator('mark')).toHaveCount(300);

  const moved = await questions.nth(139).locator('.question-text').innerText();
  await page.getByRole('button', { name: 'Subir: Pregunta 140' }).focus();
  await page.keyboard.press('Enter');
  await expect(questions.nth(138).locator('.question-text')).toHaveText(moved);
  // The question being worked on is highlighted in the text, which scrolls (inside its own box) to it.
  const mark = page.getByTestId('source-view').locator('mark.active');
  await expect(mark).toHaveAttribute('data-n', '139');
  const insideBox = () =>
    mark.evaluate((m) => {
      const r = m.getBoundingClientRect();
      const box = m.closest('[data-testid="source-view"]')!.getBoundingClientRect();
      return r.height > 0 && r.top >= box.top && r.bottom <= box.bottom;
    });
  await expect.poll(insideBox).toBe(true);
  await page.keyboard.press('Control+z');
  await expect(questions.nth(139).locator('.question-text')).toHaveText(moved);
});

test('an agenda planned during setup and participants managed on the overview', async ({ page }) => {
  await openSetup(page);
  await page.getByLabel('Texto del programa').fill(PROGRAM);
  await expect(page.getByTestId('draft-questions').locator(':scope > li')).toHaveCount(6);
  await page.getByRole('button', { name: 'Pegar una lista de participantes…' }).click();
  await page
    .getByRole('textbox', { name: 'Lista de participantes' })
    .fill('Nombre\tInstitución\tGénero\nAna López\tSEDATU\tMujer\nLuis Pérez\tUNAM\tHombre');
  await page.getByRole('button', { name: 'Agregar 2 participantes' }).click();
  await page.getByRole('button', { name: 'Planear turnos por pregunta' }).click();
  await page.getByLabel('Minutos por turno').fill('5');
  await page.getByRole('button', { name: 'Un turno por cada ponente: Pregunta 1' }).click();
  await page.getByRole('button', { name: 'Crear evento' }).click();
  await expect(page).toHaveURL(/#\/events\//);

  const agenda = page.getByTestId('agenda-turns');
  await expect(agenda.locator('li')).toHaveCount(2);
  await expect(agenda).toContainText('Ana López · 5 min');

  const people = page.getByTestId('event-participants');
  await page.getByRole('button', { name: 'Editar: Luis Pérez' }).click();
  await people.getByLabel('Papel en el evento').selectOption('moderator');
  await page.getByRole('button', { name: 'Guardar participante' }).click();
  await expect(people).toContainText('Moderación');
  await people.getByRole('button', { name: 'Eliminar: Ana López' }).click();
  await expect(people).not.toContainText('Ana López');
  await page.getByRole('button', { name: 'Deshacer' }).click();
  await expect(people).toContainText('Ana López');
  await page.reload();
  await expect(people.locator(':scope > li')).toHaveCount(2);
});

test('the setup draft survives a reload, can be discarded, and is gone once the event exists', async ({ page }) => {
  await openSetup(page);
  await page.getByLabel('Texto del programa').fill(PROGRAM);
  const questions = page.getByTestId('draft-questions').locator(':scope > li');
  await expect(questions).toHaveCount(6);
  await page.getByRole('button', { name: 'Editar: Pregunta 3' }).click();
  const editor = page.getByRole('textbox', { name: 'Pregunta 3', exact: true });
  await editor.fill((await editor.inputValue()).replace('actoreslocales', 'actores locales'));
  await editor.press('Enter');
  await expect(questions.nth(2)).toContainText('actores locales');
  await expect.poll(() => savedSetup(page)).toContain('actores locales');

  await page.reload();
  const restored = page.getByTestId('setup-restored');
  await expect(restored).toContainText('Se recuperó el borrador de la configuración');
  await expect(page.getByLabel('Texto del programa')).toHaveValue(PROGRAM);
  await expect(questions).toHaveCount(6);
  await expect(questions.nth(2)).toContainText('actores locales');
  // The first reading of the restored text (done once the status carries its time) must not put the program's typo back.
  await expect(page.getByTestId('preview-status')).toHaveAttribute('data-ms', /^\d+$/);
  await expect(questions.nth(2)).toContainText('actores locales');
  await expect(page.getByLabel('Título del evento')).toHaveValue(/Segundo Conversatorio Metropolitano/);

  await restored.getByRole('button', { name: 'Descartar' }).click();
  await expect(restored).toHaveCount(0);
  await expect(page.getByLabel('Texto del programa')).toHaveValue('');
  await expect(questions).toHaveCount(0);
  await expect(page.getByLabel('Título del evento')).toHaveValue('');
  await page.reload();
  await expect(page.getByLabel('Texto del programa')).toHaveValue('');
  await expect(restored).toHaveCount(0);

  await page.getByLabel('Texto del programa').fill(PROGRAM);
  await expect(questions).toHaveCount(6);
  // A saved draft, which creating the event must then remove.
  await expect.poll(() => savedSetup(page)).toContain('actoreslocales');
  await page.getByRole('button', { name: 'Crear evento' }).click();
  await expect(page).toHaveURL(/#\/events\//);
  await openSetup(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nuevo evento desde un programa');
  await expect(page.getByLabel('Texto del programa')).toHaveValue('');
  await expect(questions).toHaveCount(0);
  await expect(restored).toHaveCount(0);
});

test.describe('a whole web page pasted', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('is read at once and shown as a summary instead of a frozen text box, and the box comes back on request', async ({ page }) => {
    await openSetup(page);
    // The sample program, then enough page furniture to pass 100,000 characters.
    const long = `${PROGRAM}\n${'Compartir: Facebook | Twitter | LinkedIn | Aviso de privacidad\n'.repeat(1_700)}`;
    await page.evaluate((text) => navigator.clipboard.writeText(text), long);
    await page.getByLabel('Texto del programa').focus();
    await page.keyboard.press('Control+V');

    const summary = page.getByTestId('paste-summary');
    await expect(summary).toContainText(/Pegaste 10\d,\d{3} caracteres en 1,7\d\d líneas/);
    await expect(summary).toBeFocused();
    await expect(page.getByLabel('Texto del programa')).toHaveCount(0);
    await expect(page.getByTestId('preview-status')).toContainText('Encontramos 6 preguntas guía');
    await expect(page.getByTestId('draft-questions').locator(':scope > li')).toHaveCount(6);
    await expect(page.getByTestId('source-view').locator('mark')).toHaveCount(6);

    await page.getByRole('button', { name: 'Mostrar y editar el texto' }).click();
    await expect(page.getByLabel('Texto del programa')).toHaveValue(long);
    await page.getByRole('button', { name: 'Borrar el texto pegado' }).click();
    await expect(page.getByTestId('preview-status')).toContainText('Aún no hay texto pegado');
    await expect(page.getByLabel('Texto del programa')).toHaveValue('');
  });
});
