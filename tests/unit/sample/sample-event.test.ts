import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSampleBundle } from '../../../src/core/sample/sample-event';
import type { RecordContext } from '../../../src/core/model/factories';
import { UUID_PATTERN } from '../../../src/core/model/ids';

const text = readFileSync(new URL('../../../resources/samples/segundo-conversatorio-metropolitano.txt', import.meta.url), 'utf8');

function seededContext(): RecordContext {
  let n = 0;
  return { newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`, nowMs: () => Date.UTC(2021, 5, 15) };
}

describe('built-in sample event', () => {
  const bundle = buildSampleBundle(text);

  it('carries the event data of the program', () => {
    expect(bundle.event.title).toBe('Segundo Conversatorio Metropolitano');
    expect(bundle.event.subtitle).toBe('Zonas metropolitanas: reflexiones y aprendizajes post-COVID-19');
    expect(bundle.event.language).toBe('es');
    expect(bundle.event.timeZone).toBe('America/Mexico_City');
    expect(bundle.event.objectives).toHaveLength(3);
    expect(bundle.event.objectives[0]).toMatch(/^Este evento se da, en el marco/);
    expect(bundle.event.organisers).toEqual(['Renamet', 'Cities Alliance', 'RIVHA', 'UHPH', 'SEDATU']);
  });

  it('has exactly the six guiding questions, in order, linked to the event', () => {
    expect(bundle.questions.map((q) => q.order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(bundle.questions.every((q) => q.eventId === bundle.event.id && q.block === '')).toBe(true);
    expect(bundle.questions[4]!.text).toMatch(/seguridad alimentaria\?$/);
    expect(bundle.questions[5]!.text).toBe(
      '¿Cómo seguir aprendiendo sobre diversas iniciativas y experiencias de los municipios para fortalecer procesos metropolitanos?',
    );
    expect(bundle.participants).toEqual([]);
    expect(bundle.notes).toEqual([]);
  });

  it('uses fresh UUIDs by default and the given context when asked', () => {
    expect(bundle.event.id).toMatch(UUID_PATTERN);
    const a = buildSampleBundle(text, seededContext());
    const b = buildSampleBundle(text, seededContext());
    expect(a).toEqual(b);
    expect(a.event.createdAt).toBe('2021-06-15T00:00:00.000Z');
  });
});
