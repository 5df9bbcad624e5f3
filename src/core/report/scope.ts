import { live } from '../model/factories';
import type { EventBundle, Id, Mesa, Note } from '../model/types';
import { fold } from '../text/fold';
import { oneLine } from './clean-text';

/**
 * What a relatoría covers. `event`: the event as one relatoría (an event without mesas; mesas are
 * ignored). `general`: the coordinator's, bringing every mesa together under each guiding question.
 * `mesa`: one mesa's own relatoría.
 */
export type ReportScope = { kind: 'event' } | { kind: 'general' } | { kind: 'mesa'; mesaId: Id };

/** The scope as the model is built for it: a mesa scope carries its mesa. */
export type ResolvedScope = { kind: 'event' } | { kind: 'general'; mesas: Mesa[] } | { kind: 'mesa'; mesa: Mesa; mesas: Mesa[] };

/** The event's mesas that are not deleted, in the event's order. */
export function reportMesas(bundle: Pick<EventBundle, 'mesas'>): Mesa[] {
  return live(bundle.mesas).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The scope a report is built for. Without one, an event with mesas gets the general relatoría
 * (the document the coordinator publishes) and one without gets the event's. A general relatoría
 * of an event without mesas is the event's: there is nothing to bring together. An unknown or
 * deleted mesa is a caller's mistake (the CLI and the screen only offer live mesas).
 */
export function resolveScope(bundle: Pick<EventBundle, 'mesas'>, scope?: ReportScope): ResolvedScope {
  const mesas = reportMesas(bundle);
  if (scope?.kind === 'mesa') {
    const mesa = mesas.find((m) => m.id === scope.mesaId);
    if (!mesa) throw new Error(`No live mesa ${scope.mesaId} in this event`);
    return { kind: 'mesa', mesa, mesas };
  }
  if (scope?.kind === 'event' || mesas.length === 0) return { kind: 'event' };
  return { kind: 'general', mesas };
}

/**
 * The mesa a user names on the command line: by id, else by name (case and accents aside). Null
 * when none matches.
 */
export function findMesa(bundle: Pick<EventBundle, 'mesas'>, nameOrId: string): Mesa | null {
  const mesas = reportMesas(bundle);
  const byId = mesas.find((m) => m.id === nameOrId);
  if (byId) return byId;
  const wanted = fold(oneLine(nameOrId));
  return mesas.find((m) => fold(oneLine(m.name)) === wanted) ?? null;
}

/**
 * The part of the event a mesa's relatoría covers: its notes, turns and syntheses (its synthesis
 * of a question stands as the question's synthesis), the questions assigned to it, and the
 * plenary's questions only where the mesa noted or synthesised something (a question it did not
 * discuss is not part of its record). The event's own texts (summary, conclusions…) are the general
 * relatoría's and are left out; the methodology is drafted from the mesa's own figures. Participants
 * are those who spoke at the mesa.
 */
export function mesaBundle(bundle: EventBundle, mesa: Mesa): EventBundle {
  const notes = bundle.notes.filter((n) => n.mesaId === mesa.id);
  const turns = bundle.turns.filter((t) => t.mesaId === mesa.id);
  const syntheses = bundle.syntheses.filter((s) => s.mesaId === mesa.id).map((s) => ({ ...s, mesaId: null }));
  const discussed = new Set<Id>();
  for (const n of live(notes)) if (n.questionId) discussed.add(n.questionId);
  for (const t of live(turns)) if (t.questionId) discussed.add(t.questionId);
  for (const s of live(syntheses)) if (s.text.trim() !== '') discussed.add(s.questionId);
  const questions = bundle.questions.filter((q) => q.mesaIds.includes(mesa.id) || (q.mesaIds.length === 0 && discussed.has(q.id)));
  const spoke = new Set<Id>();
  for (const n of live(notes)) if (n.speakerId) spoke.add(n.speakerId);
  for (const t of live(turns)) if (t.speakerId) spoke.add(t.speakerId);
  const e = bundle.event;
  return {
    ...bundle,
    event: {
      ...e,
      executiveSummary: '',
      introduction: '',
      methodology: '',
      consensus: '',
      conclusions: '',
      agreements: '',
      recommendations: '',
      nextSteps: '',
      attendance: { list: [], counts: [] },
    },
    mesas: [mesa],
    questions,
    participants: bundle.participants.filter((p) => spoke.has(p.id)),
    notes,
    turns,
    syntheses,
    // The cover's logos stay; the photo annex is the whole event's.
    photos: bundle.photos.filter((p) => p.kind === 'logo'),
  };
}

/**
 * Everyone who kept a relatoría: the mesas' rapporteurs in the mesas' order, then the authors of
 * notes as they first appear, each name once (case, accents and spacing aside; the first spelling kept).
 */
export function rapporteurNames(mesas: readonly Mesa[], notes: readonly Note[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (raw: string) => {
    const name = oneLine(raw);
    const key = fold(name);
    if (name === '' || seen.has(key)) return;
    seen.add(key);
    out.push(name);
  };
  for (const m of mesas) for (const r of m.rapporteurs) add(r);
  for (const n of [...notes].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))) add(n.authorName);
  return out;
}
