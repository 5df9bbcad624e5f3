import type { EventBundle, GuidingQuestion, Id, Mesa, RelatorEvent } from '../model';
import type { EventFileV1 } from './schema';

/**
 * Conversion of older event files to the current version. Version 1 had no mesas and no note
 * authors: every note, turn and synthesis was the plenary's and nobody was named as its writer.
 *
 * The conversion is deterministic — the same v1 file always gives the same records, ids and times
 * included — so two rapporteurs' copies of one v1 event still merge record by record after each
 * was converted on its own (by reading the file, or by the app's database upgrade).
 */

/** A program heading that names a working table: "Mesa 1", "Mesa de trabajo 2", "Working group A"… */
const MESA_HEADING = /^\s*(mesa|grupo de trabajo|working (group|table)|table)\b/iu;

function looksLikeMesa(block: string): boolean {
  return MESA_HEADING.test(block);
}

type BlockQuestion = Pick<GuidingQuestion, 'id' | 'order' | 'block'>;

/**
 * The mesas a v1 event's question blocks stand for: each distinct block named like a mesa becomes
 * one mesa (in the order of its first question), and its questions belong to it. Other blocks
 * ("Eje 1") stay headings. Ids and times come from the event, so the result is the same everywhere.
 */
function mesasFromBlocks(
  event: Pick<RelatorEvent, 'id' | 'createdAt'>,
  questions: readonly BlockQuestion[],
): { mesas: Mesa[]; mesaOf: Map<Id, Id> } {
  const byName = new Map<string, Mesa>();
  const mesaOf = new Map<Id, Id>();
  for (const q of [...questions].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const name = q.block.trim();
    if (!looksLikeMesa(name)) continue;
    let mesa = byName.get(name);
    if (!mesa) {
      mesa = {
        id: derivedId(`${event.id}\u0000mesa\u0000${name}`),
        createdAt: event.createdAt,
        updatedAt: event.createdAt,
        deletedAt: null,
        eventId: event.id,
        order: byName.size,
        name,
        room: '',
        moderator: '',
        rapporteurs: [],
      };
      byName.set(name, mesa);
    }
    mesaOf.set(q.id, mesa.id);
  }
  return { mesas: [...byName.values()], mesaOf };
}

/**
 * A program's mesa-like headings become mesas only when there are at least two: a forum held as one
 * "Mesa de diálogo" or one "Mesa redonda" names its format, not parallel working tables, and making
 * it a mesa would split its relatoría into a general one and a mesa's for nothing.
 */
export const PROGRAM_MIN_MESAS = 2;

/**
 * Questions with their mesa-like blocks turned into mesas (see mesasFromBlocks): for a v1 file
 * (every mesa-like block, as the conversion always did), and for a program whose headings are its
 * mesas (`minMesas` PROGRAM_MIN_MESAS; fewer leave the blocks as headings).
 */
export function promoteMesaBlocks<Q extends BlockQuestion>(
  event: Pick<RelatorEvent, 'id' | 'createdAt'>,
  questions: readonly Q[],
  minMesas = 1,
): { mesas: Mesa[]; questions: Array<Q & { mesaIds: Id[] }> } {
  const found = mesasFromBlocks(event, questions);
  const { mesas, mesaOf } = found.mesas.length >= minMesas ? found : { mesas: [], mesaOf: new Map<Id, Id>() };
  return {
    mesas,
    questions: questions.map((q) => {
      const mesaId = mesaOf.get(q.id);
      // A block that became a mesa is said by the mesa; keeping it too would name it twice.
      return mesaId ? { ...q, block: '', mesaIds: [mesaId] } : { ...q, mesaIds: [] };
    }),
  };
}

type V1Bundle = Omit<EventFileV1, 'format' | 'version' | 'exportedAt' | 'app'>;

/** A v1 file's records as the current model holds them. */
export function migrateV1(v1: V1Bundle): EventBundle {
  const { mesas, questions } = promoteMesaBlocks(v1.event, v1.questions);
  return {
    event: v1.event,
    mesas,
    questions,
    participants: v1.participants,
    notes: v1.notes.map((n) => ({ ...n, mesaId: null, authorId: null, authorName: '' })),
    turns: v1.turns.map((t) => ({ ...t, mesaId: null })),
    syntheses: v1.syntheses.map((s) => ({ ...s, mesaId: null })),
    photos: v1.photos,
  };
}

/**
 * A UUID (version 8, "custom") derived from `text`: four 32-bit MurmurHash3-style hashes with
 * different seeds. Not cryptographic — it only has to be stable and not collide by accident.
 */
export function derivedId(text: string): Id {
  const bytes: number[] = [];
  for (let seed = 0; seed < 4; seed++) {
    const h = hash32(text, 0x9747b28c + seed * 0x68e31da4);
    bytes.push(h >>> 24, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    let k = Math.imul(text.charCodeAt(i), 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= text.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
