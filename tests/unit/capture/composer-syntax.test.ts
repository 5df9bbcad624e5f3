import { describe, expect, it } from 'vitest';
import { parseComposerInput } from '../../../src/core/capture/composer-syntax';
import { createParticipant } from '../../../src/core/model/factories';

const eventId = '00000000-0000-4000-8000-000000000000';
const ana = createParticipant(eventId, { name: 'Ana María López', role: 'panellist' });
const andres = createParticipant(eventId, { name: 'Andrés Núñez', role: 'panellist' });
const people = [ana, andres];

describe('composer shorthand', () => {
  it('takes the kind from a leading sign and drops the sign', () => {
    expect(parseComposerInput('! Se acuerda crear una mesa técnica', people)).toMatchObject({
      kind: 'agreement',
      text: 'Se acuerda crear una mesa técnica',
    });
    expect(parseComposerInput('? ¿Qué pasa con el transporte?', people).kind).toBe('audience-question');
    expect(parseComposerInput('+ Crear un fondo metropolitano', people).kind).toBe('proposal');
    expect(parseComposerInput('~ No coincide con el diagnóstico', people).kind).toBe('disagreement');
    expect(parseComposerInput('% 40 % de los hogares', people).kind).toBe('data');
    expect(parseComposerInput('> Enviar la minuta el viernes', people).kind).toBe('action');
  });

  it('keeps plain text as it is, without a kind of its own', () => {
    expect(parseComposerInput('La gobernanza metropolitana es débil', people)).toEqual({
      text: 'La gobernanza metropolitana es débil',
      kind: null,
      speakerId: null,
      tags: [],
    });
  });

  it('turns a quoted sentence into a quote without its marks', () => {
    expect(parseComposerInput('"La ciudad es de quien la camina"', people)).toMatchObject({
      kind: 'quote',
      text: 'La ciudad es de quien la camina',
    });
    expect(parseComposerInput('«Nadie se salva solo»', people).text).toBe('Nadie se salva solo');
  });

  it('keeps or drops both quote marks, never one: after a mention or tags, unclosed, or closing mid-note', () => {
    const text = (raw: string) => parseComposerInput(raw, people).text;
    for (const [open, close] of [
      ['«', '»'],
      ['“', '”'],
      ['"', '"'],
    ]) {
      expect(text(`${open}Nadie se salva solo${close} #equidad`), open).toBe('Nadie se salva solo');
      expect(text(`${open}Nadie se salva solo${close} @Ana María`), open).toBe('Nadie se salva solo');
      expect(text(`${open}Nadie se salva solo`), open).toBe('Nadie se salva solo');
      expect(text(`${open}Nadie se salva solo${close}, dijo la ponente`), open).toBe(`${open}Nadie se salva solo${close}, dijo la ponente`);
      expect(parseComposerInput(`${open}Cita${close} #a`, people).kind, open).toBe('quote');
    }
  });

  it('attributes @mentions accent- and case-insensitively and removes them from the text', () => {
    expect(parseComposerInput('@ana maria: hay que medir', people)).toMatchObject({ speakerId: ana.id, text: 'hay que medir' });
    expect(parseComposerInput('Propone @Andres un observatorio', people)).toMatchObject({
      speakerId: andres.id,
      text: 'Propone un observatorio',
    });
  });

  it('does not guess when a mention is ambiguous or unknown', () => {
    expect(parseComposerInput('@an dice algo', people).speakerId).toBeNull();
    expect(parseComposerInput('@Lucía dice algo', people)).toMatchObject({ speakerId: null, text: '@Lucía dice algo' });
  });

  it('collects #tags and drops the trailing ones from the text', () => {
    expect(parseComposerInput('El #agua como derecho #Vivienda #género', people)).toEqual({
      text: 'El #agua como derecho',
      kind: null,
      speakerId: null,
      tags: ['agua', 'vivienda', 'género'],
    });
  });
});
