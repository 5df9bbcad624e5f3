import { nextUpdatedAt } from './edit-guard';
import { newId, toIso } from './ids';
import { IDLE_CLOCK } from './session-clock';
import type { EventBundle, GuidingQuestion, Id, Mesa, Note, Participant, RelatorEvent, Stamped, Synthesis, Turn } from './types';

/** Where new records get their ids and times; injected so tests and demos are reproducible. */
export interface RecordContext {
  newId: () => Id;
  nowMs: () => number;
}

export const systemContext: RecordContext = { newId, nowMs: () => Date.now() };

function stamp(ctx: RecordContext): Stamped {
  const at = toIso(ctx.nowMs());
  return { id: ctx.newId(), createdAt: at, updatedAt: at, deletedAt: null };
}

export function createEvent(fields: Partial<Omit<RelatorEvent, keyof Stamped>>, ctx = systemContext): RelatorEvent {
  return {
    ...stamp(ctx),
    title: '',
    subtitle: '',
    organisers: [],
    place: '',
    date: '',
    startTime: '',
    timeZone: defaultTimeZone(),
    objectives: [],
    language: 'es',
    rapporteur: '',
    conclusions: '',
    agreements: '',
    executiveSummary: '',
    introduction: '',
    methodology: '',
    consensus: '',
    recommendations: '',
    nextSteps: '',
    preparedBy: '',
    reviewedBy: '',
    attendance: { list: [], counts: [] },
    session: { ...IDLE_CLOCK },
    ...fields,
  };
}

export function createMesa(
  eventId: Id,
  fields: Pick<Mesa, 'name' | 'order'> & Partial<Omit<Mesa, keyof Stamped | 'eventId'>>,
  ctx = systemContext,
): Mesa {
  return { ...stamp(ctx), eventId, room: '', moderator: '', rapporteurs: [], ...fields };
}

export function createQuestion(
  eventId: Id,
  fields: Pick<GuidingQuestion, 'text' | 'order'> & Partial<Pick<GuidingQuestion, 'block' | 'mesaIds'>>,
  ctx = systemContext,
): GuidingQuestion {
  return { ...stamp(ctx), eventId, block: '', mesaIds: [], ...fields };
}

export function createParticipant(
  eventId: Id,
  fields: Pick<Participant, 'name'> & Partial<Omit<Participant, keyof Stamped | 'eventId'>>,
  ctx = systemContext,
): Participant {
  return { ...stamp(ctx), eventId, position: '', affiliation: '', role: 'panellist', gender: 'unspecified', sector: '', ...fields };
}

export function createNote(
  eventId: Id,
  fields: Pick<Note, 'text'> & Partial<Omit<Note, keyof Stamped | 'eventId'>>,
  ctx = systemContext,
): Note {
  return { ...stamp(ctx), eventId, ...blankNoteContent(), ...fields };
}

/** A note's fields besides its text when nothing is known: what a new note starts with, and all a purged one keeps. */
export function blankNoteContent(): Omit<Note, keyof Stamped | 'eventId' | 'text'> {
  return {
    questionId: null,
    elapsedMs: null,
    speakerId: null,
    kind: 'idea',
    tags: [],
    starred: false,
    editedAt: null,
    action: null,
    mesaId: null,
    authorId: null,
    authorName: '',
  };
}

export function createTurn(eventId: Id, fields: Partial<Omit<Turn, keyof Stamped | 'eventId'>>, ctx = systemContext): Turn {
  return {
    ...stamp(ctx),
    eventId,
    questionId: null,
    speakerId: null,
    order: 0,
    plannedSeconds: null,
    plannedStartAt: null,
    actualStartAt: null,
    actualEndAt: null,
    timerLog: [],
    mesaId: null,
    ...fields,
  };
}

export function createSynthesis(eventId: Id, questionId: Id, text: string, ctx = systemContext, mesaId: Id | null = null): Synthesis {
  return { ...stamp(ctx), eventId, questionId, text, mesaId };
}

/**
 * Marks a record as changed now; every edit goes through here so merges and concurrent editors can
 * compare `updatedAt`, which therefore always moves forward (see nextUpdatedAt).
 */
export function touch<T extends Stamped>(record: T, changes: Partial<Omit<T, keyof Stamped>>, nowMs = Date.now()): T {
  return { ...record, ...changes, updatedAt: nextUpdatedAt(record.updatedAt, nowMs) };
}

export function softDelete<T extends Stamped>(record: T, nowMs = Date.now()): T {
  const at = nextUpdatedAt(record.updatedAt, nowMs);
  return { ...record, deletedAt: at, updatedAt: at };
}

export function restore<T extends Stamped>(record: T, nowMs = Date.now()): T {
  return { ...record, deletedAt: null, updatedAt: nextUpdatedAt(record.updatedAt, nowMs) };
}

/**
 * A copy of a whole event under fresh ids (for "duplicate"): every reference inside the bundle is
 * remapped so the copy shares nothing with the original.
 */
export function duplicateBundle(bundle: EventBundle, titleSuffix: string, ctx = systemContext): EventBundle {
  const map = new Map<Id, Id>();
  const remap = (id: Id): Id => {
    let next = map.get(id);
    if (!next) {
      next = ctx.newId();
      map.set(id, next);
    }
    return next;
  };
  const ref = (id: Id | null): Id | null => (id === null ? null : remap(id));
  const at = toIso(ctx.nowMs());
  const fresh = <T extends Stamped>(r: T): T => ({ ...r, id: remap(r.id), createdAt: at, updatedAt: at });
  const eventId = remap(bundle.event.id);
  // Author ids name installations, not records of the event: a copy keeps who wrote each note.
  return {
    event: { ...fresh(bundle.event), title: `${bundle.event.title}${titleSuffix}` },
    mesas: bundle.mesas.map((m) => ({ ...fresh(m), eventId })),
    questions: bundle.questions.map((q) => ({ ...fresh(q), eventId, mesaIds: q.mesaIds.map(remap) })),
    participants: bundle.participants.map((p) => ({ ...fresh(p), eventId })),
    notes: bundle.notes.map((n) => ({
      ...fresh(n),
      eventId,
      questionId: ref(n.questionId),
      speakerId: ref(n.speakerId),
      mesaId: ref(n.mesaId),
    })),
    turns: bundle.turns.map((t) => ({
      ...fresh(t),
      eventId,
      questionId: ref(t.questionId),
      speakerId: ref(t.speakerId),
      mesaId: ref(t.mesaId),
    })),
    syntheses: bundle.syntheses.map((s) => ({ ...fresh(s), eventId, questionId: remap(s.questionId), mesaId: ref(s.mesaId) })),
    photos: bundle.photos.map((p) => ({ ...fresh(p), eventId })),
  };
}

export function defaultTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Records that are not soft-deleted, in a stable order. */
export function live<T extends Stamped>(records: readonly T[]): T[] {
  return records.filter((r) => r.deletedAt === null);
}
