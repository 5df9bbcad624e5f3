import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote } from '../../../src/core/model/factories';
import type { EventBundle, Note, Synthesis } from '../../../src/core/model/types';
import {
  applyTextDiff,
  changesOf,
  materialise,
  putRecord,
  readRecord,
  reconcile,
  removeRecord,
  seedDoc,
  type DocChanges,
} from '../../../src/core/sync';
import { smallBundle } from '../file-format/fixture';

/** Two documents exchange everything each lacks, as y-websocket's sync step does. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

/** A joiner's document: the host's state received over the wire, never seeded twice. */
function joined(host: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(host));
  return doc;
}

describe('the Y document of an event', () => {
  it('holds the whole event: seeding and materialising give the same bundle back', () => {
    const bundle = smallBundle();
    bundle.event.conclusions = 'Conclusión 😀';
    const at = '2026-12-02T10:00:00.000Z';
    bundle.photos.push({
      ...{
        id: 'photo-1',
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
        eventId: bundle.event.id,
        kind: 'photo',
        order: 0,
        caption: 'Foto',
      },
      ...{ mediaType: 'image/png', width: 1, height: 1, data: new Uint8Array([137, 80, 78, 71]) },
    });
    const doc = new Y.Doc();
    seedDoc(doc, bundle);
    const copy = joined(doc);
    expect(materialise(copy)).toEqual(sortedLike(bundle));
    expect(materialise(copy)!.photos[0]!.data).toBeInstanceOf(Uint8Array);
  });

  it('has no event until one is seeded or received', () => {
    expect(materialise(new Y.Doc())).toBeNull();
  });

  it('writes nothing for a record that did not change (no echo back into the document)', () => {
    const bundle = smallBundle();
    const doc = new Y.Doc();
    seedDoc(doc, bundle);
    const before = Y.encodeStateVector(doc);
    expect(putRecord(doc, 'notes', structuredClone(bundle.notes[0]!))).toBe(false);
    expect(putRecord(doc, 'events', structuredClone(bundle.event))).toBe(false);
    expect(putRecord(doc, 'syntheses', structuredClone(bundle.syntheses[0]!))).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('keeps both people’s words when two type in the same synthesis at once', () => {
    const bundle = smallBundle();
    const host = new Y.Doc();
    seedDoc(host, bundle);
    const guest = joined(host);
    const synthesis = bundle.syntheses[0]!;
    // Each editor saves its whole text; only the span typed goes into the shared text.
    putRecord(host, 'syntheses', { ...synthesis, text: 'Primero: ' + synthesis.text, updatedAt: '2026-12-02T10:00:00.000Z' });
    putRecord(guest, 'syntheses', { ...synthesis, text: synthesis.text + ' y al final.', updatedAt: '2026-12-02T10:00:00.001Z' });
    exchange(host, guest);
    const text = (readRecord(host, 'syntheses', synthesis.id) as Synthesis).text;
    expect(text).toBe('Primero: Síntesis **breve** y al final.');
    expect(readRecord(guest, 'syntheses', synthesis.id)).toEqual(readRecord(host, 'syntheses', synthesis.id));
  });

  it('merges two syntheses of the same question and mesa made offline into one live one with both texts', () => {
    const bundle = smallBundle();
    bundle.syntheses = [];
    const host = new Y.Doc();
    seedDoc(host, bundle);
    const guest = joined(host);
    const base = { eventId: bundle.event.id, questionId: bundle.questions[0]!.id, mesaId: null, deletedAt: null } as const;
    const a: Synthesis = {
      ...base,
      id: 'a-synthesis',
      text: 'Texto A.',
      createdAt: '2026-12-02T10:00:00.000Z',
      updatedAt: '2026-12-02T10:00:00.000Z',
    };
    const b: Synthesis = {
      ...base,
      id: 'b-synthesis',
      text: 'Texto B.',
      createdAt: '2026-12-02T10:00:00.000Z',
      updatedAt: '2026-12-02T10:00:00.000Z',
    };
    putRecord(host, 'syntheses', a);
    putRecord(guest, 'syntheses', b);
    exchange(host, guest);
    const live = materialise(guest)!.syntheses.filter((s) => s.deletedAt === null);
    expect(live).toHaveLength(1);
    expect(live[0]!.id).toBe('a-synthesis');
    expect(live[0]!.text).toMatch(/Texto A\./);
    expect(live[0]!.text).toMatch(/Texto B\./);
    expect(materialise(host)).toEqual(materialise(guest));
  });

  it('names the records a remote transaction changed, a shared text by its synthesis', () => {
    const bundle = smallBundle();
    const host = new Y.Doc();
    seedDoc(host, bundle);
    const guest = joined(host);
    let seen: DocChanges | null = null;
    guest.on('afterTransaction', (tr: Y.Transaction) => (seen = changesOf(guest, tr)));
    const note = createNote(bundle.event.id, { text: 'Nueva' });
    host.transact(() => {
      putRecord(host, 'notes', note);
      putRecord(host, 'syntheses', { ...bundle.syntheses[1]!, text: 'Otra síntesis' });
    });
    Y.applyUpdate(guest, Y.encodeStateAsUpdate(host, Y.encodeStateVector(guest)));
    expect(seen!.event).toBe(false);
    expect([...seen!.records.get('notes')!]).toEqual([note.id]);
    expect([...seen!.records.get('syntheses')!]).toEqual([bundle.syntheses[1]!.id]);
    putRecord(host, 'events', { ...bundle.event, agreements: 'Acuerdo' });
    Y.applyUpdate(guest, Y.encodeStateAsUpdate(host, Y.encodeStateVector(guest)));
    expect(seen!.event).toBe(true);
  });

  it('removes a record deleted for good', () => {
    const bundle = smallBundle();
    const doc = new Y.Doc();
    seedDoc(doc, bundle);
    expect(removeRecord(doc, 'notes', bundle.notes[3]!.id)).toBe(true);
    expect(materialise(doc)!.notes.map((n) => n.id)).not.toContain(bundle.notes[3]!.id);
  });
});

describe('reconcile: a copy that already holds the event joins or resumes', () => {
  it('keeps the later version of each record on both sides and adds what either lacks', () => {
    const bundle = smallBundle();
    const host = new Y.Doc();
    seedDoc(host, bundle);
    const local = structuredClone(bundle);
    local.notes[0] = { ...local.notes[0]!, text: 'Editada aquí', updatedAt: '2030-01-01T00:00:00.000Z' };
    const mine = createNote(bundle.event.id, { text: 'Solo aquí' });
    local.notes.push(mine);
    putRecord(host, 'notes', { ...bundle.notes[1]!, text: 'Editada allá', updatedAt: '2030-01-01T00:00:00.000Z' });
    const theirs = createNote(bundle.event.id, { text: 'Solo allá' });
    putRecord(host, 'notes', theirs);
    const guest = joined(host);
    const writes = reconcile(guest, local);
    expect(writes.records.map((w) => (w.record as Note).text).sort()).toEqual(['Editada allá', 'Solo allá']);
    exchange(host, guest);
    const texts = materialise(host)!.notes.map((n) => n.text);
    expect(texts).toEqual(expect.arrayContaining(['Editada aquí', 'Editada allá', 'Solo aquí', 'Solo allá']));
    expect(materialise(host)).toEqual(materialise(guest));
  });

  it('seeds an empty document from the local bundle and has nothing for the store', () => {
    const bundle = smallBundle();
    const doc = new Y.Doc();
    const writes = reconcile(doc, bundle);
    expect(writes).toEqual({ event: null, records: [] });
    expect(materialise(doc)).toEqual(sortedLike(bundle));
  });
});

describe('applyTextDiff', () => {
  it('turns any text into any other', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const doc = new Y.Doc();
        const text = doc.getText('t');
        text.insert(0, a);
        applyTextDiff(text, b);
        expect(text.toString()).toBe(b);
      }),
    );
  });
});

// ————— Property: concurrent edits converge, no note lost —————

type Op =
  | { type: 'note'; replica: number; word: number }
  | { type: 'edit'; replica: number; pick: number; word: number }
  | { type: 'delete'; replica: number; pick: number; undo: boolean }
  | { type: 'type'; replica: number; field: 'synthesis' | 'conclusions'; at: number; word: number }
  | { type: 'sync'; a: number; b: number };

const replica = fc.nat({ max: 2 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('note' as const), replica, word: fc.nat({ max: 4 }) }),
  fc.record({ type: fc.constant('edit' as const), replica, pick: fc.nat({ max: 40 }), word: fc.nat({ max: 4 }) }),
  fc.record({ type: fc.constant('delete' as const), replica, pick: fc.nat({ max: 40 }), undo: fc.boolean() }),
  fc.record({
    type: fc.constant('type' as const),
    replica,
    field: fc.constantFrom('synthesis' as const, 'conclusions' as const),
    at: fc.nat({ max: 100 }),
    word: fc.nat({ max: 4 }),
  }),
  fc.record({ type: fc.constant('sync' as const), a: replica, b: replica }),
);
const WORDS = ['agua', 'movilidad', 'vivienda', 'salud', 'empleo'];

describe('convergence (property)', () => {
  it('three copies edited concurrently and exchanged converge to the same bundle, with every note and every typed word', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const bundle = smallBundle();
        const host = new Y.Doc();
        seedDoc(host, bundle);
        const docs = [host, joined(host), joined(host)];
        const added: string[] = [];
        const typed: { field: string; word: string }[] = [];
        let clock = Date.parse('2026-12-02T10:00:00.000Z');
        for (const op of ops) {
          const now = new Date(++clock).toISOString();
          if (op.type === 'sync') {
            exchange(docs[op.a]!, docs[op.b]!);
            continue;
          }
          const doc = docs[op.replica]!;
          const view = materialise(doc)!;
          const pick = (n: number) => view.notes[n % view.notes.length]!;
          if (op.type === 'note') {
            const note = { ...createNote(bundle.event.id, { text: `${WORDS[op.word]} ${added.length}` }), createdAt: now, updatedAt: now };
            added.push(note.id);
            putRecord(doc, 'notes', note);
          } else if (op.type === 'edit') {
            const note = pick(op.pick);
            putRecord(doc, 'notes', { ...note, text: `${note.text} ${WORDS[op.word]}`, updatedAt: now });
          } else if (op.type === 'delete') {
            const note = pick(op.pick);
            putRecord(doc, 'notes', { ...note, deletedAt: op.undo ? null : now, updatedAt: now });
          } else {
            const word = ` «${WORDS[op.word]}${typed.length}» `;
            typed.push({ field: op.field, word });
            const current = op.field === 'synthesis' ? view.syntheses[0]!.text : view.event.conclusions;
            // At a word boundary: typing inside someone's word splits it, as it would on paper.
            const boundaries = [...Array(current.length + 1).keys()].filter(
              (p) => p === 0 || p === current.length || current[p - 1] === ' ',
            );
            const at = boundaries[op.at % boundaries.length]!;
            const next = current.slice(0, at) + word + current.slice(at);
            if (op.field === 'synthesis') putRecord(doc, 'syntheses', { ...view.syntheses[0]!, text: next, updatedAt: now });
            else putRecord(doc, 'events', { ...view.event, conclusions: next, updatedAt: now });
          }
        }
        exchange(docs[0]!, docs[1]!);
        exchange(docs[1]!, docs[2]!);
        exchange(docs[0]!, docs[1]!);
        const [a, b, c] = docs.map((d) => materialise(d)!);
        expect(b).toEqual(a);
        expect(c).toEqual(a);
        const ids = a!.notes.map((n) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toEqual(expect.arrayContaining([...bundle.notes.map((n) => n.id), ...added]));
        const synthesis = a!.syntheses.find((s) => s.id === bundle.syntheses[0]!.id)!.text;
        for (const { field, word } of typed) expect(field === 'synthesis' ? synthesis : a!.event.conclusions).toContain(word.trim());
      }),
      { numRuns: 150 },
    );
  });
});

/** The bundle in the order materialise gives (the store's order; ties by id). */
function sortedLike(bundle: EventBundle): EventBundle {
  const byCreated = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
    a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1);
  const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) => a.order - b.order || (a.id < b.id ? -1 : 1);
  return {
    ...bundle,
    mesas: [...bundle.mesas].sort(byOrder),
    questions: [...bundle.questions].sort(byOrder),
    participants: [...bundle.participants].sort(byCreated),
    notes: [...bundle.notes].sort(byCreated),
    turns: [...bundle.turns].sort(byOrder),
    syntheses: [...bundle.syntheses].sort(byCreated),
    photos: [...bundle.photos].sort(byOrder),
  };
}
