import type { EventBundle, Id } from '../model';
import type { PendingConflict } from './schema';
import { fileError, type FileWarning } from './errors';
import type { ErrorCollector } from './collector';
import { isKnownTimeZone } from './time-zone';
import { imageInfo } from '../photos/image-bytes';

/**
 * Checks between records that no single-record schema can see: every record belongs to this
 * event, ids are unique across the file, references point at records in the file, and a question
 * has at most one live synthesis. Soft-deleted records still count as existing targets, because a
 * note may outlive the question it was taken under until the next merge.
 */
export function checkBundle(bundle: EventBundle, errors: ErrorCollector): void {
  const eventId = bundle.event.id;
  const collections = [
    ['mesas', bundle.mesas],
    ['questions', bundle.questions],
    ['participants', bundle.participants],
    ['notes', bundle.notes],
    ['turns', bundle.turns],
    ['syntheses', bundle.syntheses],
    ['photos', bundle.photos],
  ] as const;
  // Where each id was first seen, as collection * SLOT + index (-1 for the event): the path text
  // is only built for an error, not for each of a large file's records.
  const SLOT = 2 ** 32;
  const firstPath = (at: number): string => {
    if (at < 0) return 'event.id';
    const [name] = collections[Math.floor(at / SLOT)]!;
    return `${name}[${at % SLOT}].id`;
  };
  const seen = new Map<Id, number>([[eventId, -1]]);
  collections.forEach(([name, records], c) => {
    for (let i = 0; i < records.length && !errors.full; i++) {
      const record = records[i]!;
      const first = seen.get(record.id);
      if (first !== undefined) errors.add(fileError('duplicate-id', `${name}[${i}].id`, { id: record.id, firstPath: firstPath(first) }));
      else seen.set(record.id, c * SLOT + i);
      if (record.eventId !== eventId) {
        errors.add(fileError('wrong-event', `${name}[${i}].eventId`, { expected: eventId, found: record.eventId }));
      }
    }
  });

  const questionIds = new Set(bundle.questions.map((q) => q.id));
  const participantIds = new Set(bundle.participants.map((p) => p.id));
  const mesaIds = new Set(bundle.mesas.map((m) => m.id));
  const dangling = (path: string, target: 'question' | 'participant' | 'mesa', id: Id): void =>
    errors.add(fileError('dangling-reference', path, { target, id }));
  for (let i = 0; i < bundle.questions.length && !errors.full; i++) {
    bundle.questions[i]!.mesaIds.forEach((mesaId, j) => {
      if (!mesaIds.has(mesaId)) dangling(`questions[${i}].mesaIds[${j}]`, 'mesa', mesaId);
    });
  }
  // In file order, each reference in turn, stopping once the collector is full.
  for (const [name, records] of [
    ['notes', bundle.notes],
    ['turns', bundle.turns],
  ] as const) {
    for (let i = 0; i < records.length && !errors.full; i++) {
      const { questionId, speakerId, mesaId } = records[i]!;
      if (questionId !== null && !questionIds.has(questionId)) dangling(`${name}[${i}].questionId`, 'question', questionId);
      if (errors.full) break;
      if (speakerId !== null && !participantIds.has(speakerId)) dangling(`${name}[${i}].speakerId`, 'participant', speakerId);
      if (errors.full) break;
      if (mesaId !== null && !mesaIds.has(mesaId)) dangling(`${name}[${i}].mesaId`, 'mesa', mesaId);
    }
  }
  for (let i = 0; i < bundle.syntheses.length && !errors.full; i++) {
    const { questionId, mesaId } = bundle.syntheses[i]!;
    if (!questionIds.has(questionId)) dangling(`syntheses[${i}].questionId`, 'question', questionId);
    if (mesaId !== null && !mesaIds.has(mesaId)) dangling(`syntheses[${i}].mesaId`, 'mesa', mesaId);
  }

  // A photo's bytes must be the PNG or JPEG it says, of the size it says: the report gives Word that size.
  for (let i = 0; i < bundle.photos.length && !errors.full; i++) {
    const photo = bundle.photos[i]!;
    const info = imageInfo(photo.data);
    if (!info || info.mediaType !== photo.mediaType || info.width !== photo.width || info.height !== photo.height) {
      errors.add(fileError('bad-image', `photos[${i}].data`, { mediaType: photo.mediaType }));
    }
  }

  // One live synthesis per question and mesa (the plenary's is the one without a mesa).
  const synthesisFor = new Map<string, string>();
  bundle.syntheses.forEach((s, i) => {
    if (s.deletedAt !== null) return;
    const at = `syntheses[${i}].questionId`;
    const key = synthesisKey(s);
    const first = synthesisFor.get(key);
    if (first !== undefined) errors.add(fileError('duplicate-synthesis', at, { firstPath: first }));
    else synthesisFor.set(key, at);
  });
}

/** What makes two syntheses the same one: their question and their mesa. */
export function synthesisKey(s: { questionId: Id; mesaId: Id | null }): string {
  return `${s.questionId}|${s.mesaId ?? ''}`;
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

/** Each text a merge set aside names a record of the file (the event, or one of its collections). */
export function checkPendingConflicts(bundle: EventBundle, pending: readonly PendingConflict[], errors: ErrorCollector): void {
  if (pending.length === 0) return;
  const ids = new Map<string, Set<Id>>();
  const idsOf = (kind: PendingConflict['conflict']['kind']): Set<Id> => {
    let set = ids.get(kind);
    if (!set) ids.set(kind, (set = new Set(kind === 'event' ? [bundle.event.id] : bundle[kind].map((r) => r.id))));
    return set;
  };
  for (let i = 0; i < pending.length && !errors.full; i++) {
    const { kind, id } = pending[i]!.conflict;
    if (!idsOf(kind).has(id)) errors.add(fileError('dangling-reference', `mergeConflicts[${i}].conflict.id`, { target: 'record', id }));
  }
}
