import type { EventBundle, Id } from '../model';
import { fileError, type FileWarning } from './errors';
import type { ErrorCollector } from './collector';
import { isKnownTimeZone } from './time-zone';

type RefTarget = 'question' | 'participant';

/**
 * Checks between records that no single-record schema can see: every record belongs to this
 * event, ids are unique across the file, references point at records in the file, and a question
 * has at most one live synthesis. Soft-deleted records still count as existing targets, because a
 * note may outlive the question it was taken under until the next merge.
 */
export function checkBundle(bundle: EventBundle, errors: ErrorCollector): void {
  const eventId = bundle.event.id;
  const seen = new Map<Id, string>([[eventId, 'event.id']]);
  const collections = {
    questions: bundle.questions,
    participants: bundle.participants,
    notes: bundle.notes,
    turns: bundle.turns,
    syntheses: bundle.syntheses,
  };
  for (const [name, records] of Object.entries(collections)) {
    for (let i = 0; i < records.length && !errors.full; i++) {
      const record = records[i]!;
      const at = `${name}[${i}]`;
      const first = seen.get(record.id);
      if (first !== undefined) errors.add(fileError('duplicate-id', `${at}.id`, { id: record.id, firstPath: first }));
      else seen.set(record.id, `${at}.id`);
      if (record.eventId !== eventId) {
        errors.add(fileError('wrong-event', `${at}.eventId`, { expected: eventId, found: record.eventId }));
      }
    }
  }

  const questionIds = new Set(bundle.questions.map((q) => q.id));
  const participantIds = new Set(bundle.participants.map((p) => p.id));
  // Plain loops in file order (no generator of ref objects): this runs once per record of a large file.
  const check = (id: Id | null, target: RefTarget, path: () => string): void => {
    if (id === null || (target === 'question' ? questionIds : participantIds).has(id)) return;
    errors.add(fileError('dangling-reference', path(), { target, id }));
  };
  for (const [name, records] of [['notes', bundle.notes], ['turns', bundle.turns]] as const) {
    for (let i = 0; i < records.length && !errors.full; i++) {
      const record = records[i]!;
      check(record.questionId, 'question', () => `${name}[${i}].questionId`);
      if (errors.full) break;
      check(record.speakerId, 'participant', () => `${name}[${i}].speakerId`);
    }
  }
  for (let i = 0; i < bundle.syntheses.length && !errors.full; i++) {
    check(bundle.syntheses[i]!.questionId, 'question', () => `syntheses[${i}].questionId`);
  }

  const synthesisFor = new Map<Id, string>();
  bundle.syntheses.forEach((s, i) => {
    if (s.deletedAt !== null) return;
    const at = `syntheses[${i}].questionId`;
    const first = synthesisFor.get(s.questionId);
    if (first !== undefined) errors.add(fileError('duplicate-synthesis', at, { firstPath: first }));
    else synthesisFor.set(s.questionId, at);
  });
}

/** Oddities worth telling the user about that do not make the file unusable. */
export function bundleWarnings(bundle: EventBundle): FileWarning[] {
  const warnings: FileWarning[] = [];
  if (!isKnownTimeZone(bundle.event.timeZone)) {
    warnings.push({ code: 'time-zone-unknown', path: 'event.timeZone', params: { found: bundle.event.timeZone } });
  }
  const orders = new Map<number, number>();
  bundle.questions.forEach((q, i) => {
    if (q.deletedAt !== null) return;
    const first = orders.get(q.order);
    if (first !== undefined) {
      warnings.push({
        code: 'question-order-repeated',
        path: `questions[${i}].order`,
        params: { order: q.order, firstPath: `questions[${first}].order` },
      });
    } else orders.set(q.order, i);
  });
  return warnings;
}
