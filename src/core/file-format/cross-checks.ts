import type { EventBundle, Id } from '../model';
import { fileError, type FileWarning } from './errors';
import type { ErrorCollector } from './collector';

type Ref = { id: Id | null; target: 'question' | 'participant'; path: string };

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
  const refs = function* (): Generator<Ref> {
    for (const [name, records] of [['notes', bundle.notes], ['turns', bundle.turns]] as const) {
      for (let i = 0; i < records.length; i++) {
        yield { id: records[i]!.questionId, target: 'question', path: `${name}[${i}].questionId` };
        yield { id: records[i]!.speakerId, target: 'participant', path: `${name}[${i}].speakerId` };
      }
    }
    for (let i = 0; i < bundle.syntheses.length; i++) {
      yield { id: bundle.syntheses[i]!.questionId, target: 'question', path: `syntheses[${i}].questionId` };
    }
  };
  for (const ref of refs()) {
    if (errors.full) break;
    if (ref.id === null) continue;
    const known = ref.target === 'question' ? questionIds : participantIds;
    if (!known.has(ref.id)) errors.add(fileError('dangling-reference', ref.path, { target: ref.target, id: ref.id }));
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

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
