import { derivedId } from '../file-format/migrate';
import type { EventBundle, GuidingQuestion, Id, Mesa, Participant } from '../model';
import { fold } from '../text/fold';

/** Which mesa of the target event receives the file: one that exists, or a new one by name. */
export type MesaTarget = { mesaId: Id } | { newName: string };

/**
 * Another event's file (a mesa's rapporteur who set up an event of their own) rewritten as records
 * of `target`, taken in one of its mesas, ready for an ordinary merge into it:
 *
 * - its notes, turns and syntheses belong to that mesa (whatever mesa they had over there);
 * - its guiding questions are matched to the target's by their text (case, accents, spacing and
 *   ¿?¡! aside); a question with no match is added as a question of that mesa;
 * - its speakers are matched to the target's participants by name, or added; its photos are added;
 * - its own event data and mesas are left out: the target's stay as they are.
 *
 * Record ids are kept (a new mesa's id is derived from both events), so importing the same file again
 * finds the same records and the merge changes nothing that did not change.
 */
export function bundleAsMesa(target: EventBundle, source: EventBundle, as: MesaTarget): EventBundle {
  const eventId = target.event.id;
  const at = source.event.updatedAt > target.event.updatedAt ? source.event.updatedAt : target.event.updatedAt;
  let mesa: Mesa | undefined;
  if ('mesaId' in as) {
    mesa = target.mesas.find((m) => m.id === as.mesaId);
    if (!mesa) throw new RangeError(`No mesa ${as.mesaId} in the event`);
  } else {
    const id = derivedId(`${eventId}\u0000mesa-from\u0000${source.event.id}`);
    mesa = target.mesas.find((m) => m.id === id) ?? {
      id,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      eventId,
      order: target.mesas.reduce((n, m) => Math.max(n, m.order + 1), 0),
      name: as.newName.replace(/\s+/g, ' ').trim(),
      room: '',
      moderator: '',
      rapporteurs: [...new Set(source.notes.map((n) => n.authorName).filter(Boolean))].sort(),
    };
  }
  const mesaId = mesa.id;

  const questionByText = new Map<string, GuidingQuestion>();
  for (const q of target.questions)
    if (q.deletedAt === null && !questionByText.has(questionKey(q.text))) questionByText.set(questionKey(q.text), q);
  const questionOf = new Map<Id, Id>();
  const questions: GuidingQuestion[] = [];
  let nextOrder = target.questions.reduce((n, q) => Math.max(n, q.order + 1), 0);
  for (const q of [...source.questions].sort((a, b) => a.order - b.order)) {
    const match = questionByText.get(questionKey(q.text));
    if (match) {
      questionOf.set(q.id, match.id);
      // The mesa discusses a plenary question or another mesa's: it stays whose it was; a question
      // already of some mesas gains this one.
      if (match.mesaIds.length > 0 && !match.mesaIds.includes(mesaId)) {
        questions.push({ ...match, mesaIds: [...match.mesaIds, mesaId], updatedAt: after(match.updatedAt, at) });
      }
      continue;
    }
    questionOf.set(q.id, q.id);
    questions.push({ ...q, eventId, order: nextOrder++, block: q.block, mesaIds: [mesaId] });
  }

  const participantByName = new Map<string, Participant>();
  for (const p of target.participants)
    if (p.deletedAt === null && !participantByName.has(fold(p.name).trim())) participantByName.set(fold(p.name).trim(), p);
  const speakerOf = new Map<Id, Id>();
  const participants: Participant[] = [];
  for (const p of source.participants) {
    const match = participantByName.get(fold(p.name).trim());
    if (match) speakerOf.set(p.id, match.id);
    else {
      speakerOf.set(p.id, p.id);
      participants.push({ ...p, eventId });
    }
  }
  const question = (id: Id | null) => (id === null ? null : (questionOf.get(id) ?? null));
  const speaker = (id: Id | null) => (id === null ? null : (speakerOf.get(id) ?? null));

  return {
    event: target.event,
    mesas: target.mesas.some((m) => m.id === mesaId) ? [] : [mesa],
    questions,
    participants,
    notes: source.notes.map((n) => ({ ...n, eventId, mesaId, questionId: question(n.questionId), speakerId: speaker(n.speakerId) })),
    turns: source.turns.map((t) => ({ ...t, eventId, mesaId, questionId: question(t.questionId), speakerId: speaker(t.speakerId) })),
    syntheses: source.syntheses.flatMap((s) => {
      const questionId = question(s.questionId);
      return questionId === null ? [] : [{ ...s, eventId, mesaId, questionId }];
    }),
    // The mesa's photos join the event's annex after the event's own (where an earlier import put them).
    photos: source.photos.map((p, i) => ({
      ...p,
      eventId,
      order: target.photos.find((x) => x.id === p.id)?.order ?? target.photos.reduce((n, x) => Math.max(n, x.order + 1), 0) + i,
    })),
  };
}

/** A question's text as matching reads it: case, accents, spacing and opening/closing marks aside. */
function questionKey(text: string): string {
  return fold(text)
    .replace(/[¿?¡!.:;,"'«»“”]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `at`, or just after `current` when that is not earlier: the change must win the merge. */
function after(current: string, at: string): string {
  return at > current ? at : new Date(Date.parse(current) + 1).toISOString();
}
