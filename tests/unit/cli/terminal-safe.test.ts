import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../src/cli/commands';
import { runCli } from '../../../src/cli/dispatch';
import { escapeJsonControls, terminalSafe } from '../../../src/cli/terminal-safe';
import { serializeEventFile } from '../../../src/core/file-format';
import { META, smallBundle } from '../file-format/fixture';
import { fakeIo } from './fake-io';

/** Anything a terminal would act on rather than show. */
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const OSC52 = '\x1b]52;c;ZWNobyBwd25lZA==\x07';
const CLEAR = '\x1b[2J\x1b[H';

describe('terminal-safe output', () => {
  it('removes escape sequences whole, C0/C1 controls and bidi controls; keeps text, tabs and line ends', () => {
    expect(terminalSafe(`Foro${OSC52} del agua${CLEAR}\u202eadmin\u202c\u2066x\u2069\x9b2J\x07\x00`)).toBe('Foro del aguaadminx2J');
    expect(terminalSafe('línea 1\r\nlínea 2\tcon tab\nfin')).toBe('línea 1\r\nlínea 2\tcon tab\nfin');
    expect(terminalSafe('oculto\rvisible')).toBe('ocultovisible');
    expect(terminalSafe('\x1b]0;título sin fin\nsiguiente')).toBe('\nsiguiente');
    expect(terminalSafe('¿Cómo? «ñandú» 😀 — ok')).toBe('¿Cómo? «ñandú» 😀 — ok');
  });

  it('JSON keeps the data as escapes', () => {
    const json = escapeJsonControls(JSON.stringify({ q: `a\u009bb\u202ec${OSC52}` }));
    expect(json).not.toMatch(UNSAFE);
    expect(JSON.parse(json)).toEqual({ q: `a\u009bb\u202ec${OSC52}` });
  });

  it('validate prints a hostile title and field values without driving the terminal', async () => {
    const bundle = smallBundle();
    bundle.event.title = `Conversatorio${OSC52}${CLEAR}\u202eodarreC\u202c`;
    const good = serializeEventFile(bundle, META);
    const ok = fakeIo({ 'e.relator.json': good });
    expect(await runCli(['validate', 'e.relator.json'], COMMANDS, ok.io)).toBe(0);
    expect(ok.stdout()).toBe('ok: «ConversatorioodarreC» — 1 mesa, 2 preguntas, 2 participantes, 4 notas, 1 turno, 2 síntesis\n');

    const bad = fakeIo({
      'e.relator.json': good.replace('"kind":"proposal"', `"kind":"${OSC52.replace('\x1b', '\\u001b').replace('\x07', '\\u0007')}"`),
    });
    expect(await runCli(['validate', 'e.relator.json'], COMMANDS, bad.io)).toBe(1);
    expect(bad.stderr()).toContain('(notes[1].kind): «» no es un valor permitido');
    expect(bad.stderr()).not.toMatch(UNSAFE);
  });

  it('questions prints question text with controls as JSON escapes, and the file name without them', async () => {
    const f = fakeIo({ 'p\x1b[2J.txt': `Preguntas guía\n1. ¿Cómo${OSC52} seguimos\u202e?\n` });
    expect(await runCli(['questions', 'p\x1b[2J.txt'], COMMANDS, f.io)).toBe(0);
    expect(f.stdout()).not.toMatch(UNSAFE);
    expect(JSON.parse(f.stdout()).questions[0].text).toContain(OSC52);
  });
});
