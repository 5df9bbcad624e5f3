import fc from 'fast-check';
import { tombstone } from '../../../src/core/capture/note-patch';
import { serializeEventFile } from '../../../src/core/file-format';
import { mergeEventFiles, type MergeInput } from '../../../src/core/merge';
import { toIso, uuidFromBytes, type EventBundle, type Note } from '../../../src/core/model';
import { smallBundle } from '../file-format/fixture';

/**
 * Random edit histories of one event kept by several rapporteurs: each replica starts from the
 * same file and adds, edits, deletes, restores and purges notes (in the plenary or a mesa, signed by
 * the replica's author), writes syntheses (the plenary's or a mesa's), adds and renames mesas, edits
 * a question and the conclusions, and now and then imports another replica's work (a merge). The clock moves
 * by 0 or 1 ms per step, so exact ties on `updatedAt` are frequent.
 */
export type Op =
  | { type: 'add'; replica: number; text: number; question: number; mesa: number }
  | { type: 'edit'; replica: number; pick: number; text: number }
  | { type: 'delete' | 'restore' | 'purge'; replica: number; pick: number }
  | { type: 'synthesis'; replica: number; question: number; text: number; mesa: number }
  | { type: 'add-mesa' | 'rename-mesa'; replica: number; pick: number; text: number }
  | { type: 'question' | 'conclusions'; replica: number; text: number }
  | { type: 'pull'; replica: number; from: number };

const REPLICAS = 3;
const replica = fc.nat({ max: REPLICAS - 1 });
const pick = fc.nat({ max: 50 });
const text = fc.nat({ max: 4 });

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('add' as const), replica, text, question: fc.nat({ max: 2 }), mesa: pick }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('edit' as const), replica, pick, text }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('delete' as const, 'restore' as const, 'purge' as const), replica, pick }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('synthesis' as const), replica, question: fc.nat({ max: 1 }), text, mesa: pick }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('add-mesa' as const, 'rename-mesa' as const), replica, pick, text }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('question' as const, 'conclusions' as const), replica, text }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('pull' as const), replica, from: replica }) },
);

export const historyArb = fc.tuple(fc.array(opArb, { maxLength: 30 }), fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }));

const WORDS = ['uno', 'dos', 'tres', 'cuatro', 'cinco'];

export interface Replica {
  bundle: EventBundle;
  exportedAt: string;
}

/** Plays a history; returns every replica's file at the end. */
export function play([ops, ticks]: [Op[], boolean[]]): Replica[] {
  const base = smallBundle();
  let t = Date.parse('2026-11-26T19:00:00.000Z');
  let ids = 1000;
  // Bytes 2–15 constant: never one of the fixture's ids, whose bytes all differ.
  const newId = () => (ids++, uuidFromBytes(Array.from({ length: 16 }, (_, i) => (i < 2 ? (ids >> (8 * i)) & 0xff : 0xee))));
  const replicas: Replica[] = Array.from({ length: REPLICAS }, () => ({ bundle: structuredClone(base), exportedAt: toIso(t) }));
  ops.forEach((op, step) => {
    if (ticks[step % ticks.length]) t += 1;
    const now = toIso(t);
    const r = replicas[op.replica]!;
    const b = r.bundle;
    const notes = b.notes;
    const words = (n: number) => `${WORDS[n]} r${op.replica}`;
    const choose = (list: Note[], n: number) => (list.length === 0 ? undefined : list[n % list.length]);
    // The plenary (null) or one of the replica's live mesas.
    const mesaAt = (n: number) => {
      const live = b.mesas.filter((m) => m.deletedAt === null);
      return n % (live.length + 1) === 0 ? null : live[(n % (live.length + 1)) - 1]!.id;
    };
    switch (op.type) {
      case 'add': {
        const questionId = op.question < b.questions.length ? b.questions[op.question]!.id : null;
        notes.push({
          id: newId(),
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          eventId: b.event.id,
          questionId,
          text: words(op.text),
          elapsedMs: null,
          speakerId: null,
          kind: 'idea',
          tags: [],
          starred: false,
          editedAt: null,
          action: null,
          mesaId: mesaAt(op.mesa),
          authorId: uuidFromBytes(Array.from({ length: 16 }, () => 0xc0 + op.replica)),
          authorName: `Relator ${op.replica}`,
        });
        break;
      }
      case 'edit': {
        const n = choose(
          notes.filter((x) => x.deletedAt === null),
          op.pick,
        );
        if (n) replace(notes, { ...n, text: words(op.text), editedAt: now, updatedAt: now });
        break;
      }
      case 'delete': {
        const n = choose(
          notes.filter((x) => x.deletedAt === null),
          op.pick,
        );
        if (n) replace(notes, { ...n, deletedAt: now, updatedAt: now });
        break;
      }
      case 'restore': {
        const n = choose(
          notes.filter((x) => x.deletedAt !== null && x.text !== ''),
          op.pick,
        );
        if (n) replace(notes, { ...n, deletedAt: null, updatedAt: now });
        break;
      }
      case 'purge': {
        const n = choose(
          notes.filter((x) => x.deletedAt !== null && x.text !== ''),
          op.pick,
        );
        if (n) replace(notes, tombstone(n, t));
        break;
      }
      case 'synthesis': {
        const question = b.questions[op.question]!;
        const mesaId = mesaAt(op.mesa);
        const current = b.syntheses.find((s) => s.questionId === question.id && s.mesaId === mesaId && s.deletedAt === null);
        if (current) replace(b.syntheses, { ...current, text: words(op.text), updatedAt: now });
        else
          b.syntheses.push({
            id: newId(),
            createdAt: now,
            updatedAt: now,
            deletedAt: null,
            eventId: b.event.id,
            questionId: question.id,
            text: words(op.text),
            mesaId,
          });
        break;
      }
      case 'add-mesa':
        b.mesas.push({
          id: newId(),
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          eventId: b.event.id,
          order: b.mesas.length,
          name: `Mesa ${words(op.text)}`,
          room: '',
          moderator: '',
          rapporteurs: [`Relator ${op.replica}`],
        });
        break;
      case 'rename-mesa': {
        const mesa = b.mesas[op.pick % b.mesas.length]!;
        replace(b.mesas, { ...mesa, name: `Mesa ${words(op.text)}`, room: `Sala ${op.replica}`, updatedAt: now });
        break;
      }
      case 'question':
        b.questions[0] = { ...b.questions[0]!, text: `¿${words(op.text)}?`, updatedAt: now };
        break;
      case 'conclusions':
        b.event = { ...b.event, conclusions: words(op.text), updatedAt: now };
        break;
      case 'pull': {
        const merged = mergeEventFiles([r, replicas[op.from]!]);
        if (!merged.ok) throw new Error('replicas of one event must merge');
        replicas[op.replica] = { bundle: structuredClone(merged.bundle), exportedAt: now };
        break;
      }
    }
  });
  return replicas;
}

function replace<T extends { id: string }>(list: T[], next: T): void {
  list[list.findIndex((x) => x.id === next.id)] = next;
}

/** The bytes of a merge, to compare merges for equality. */
export function mergedText(inputs: readonly MergeInput[]): string {
  const result = mergeEventFiles(inputs);
  if (!result.ok) throw new Error(`merge refused: ${result.code}`);
  return serializeEventFile(result.bundle, { appVersion: 'test', exportedAt: result.exportedAt });
}

/** A merge as an input to another merge. */
export function merged(inputs: readonly MergeInput[]): MergeInput {
  const result = mergeEventFiles(inputs);
  if (!result.ok) throw new Error(`merge refused: ${result.code}`);
  return { bundle: result.bundle, exportedAt: result.exportedAt };
}
