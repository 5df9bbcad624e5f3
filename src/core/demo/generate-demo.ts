import { live, NOTE_KINDS, toIso } from '../model';
import type { EventBundle, GuidingQuestion, Id, Note, NoteKind, Participant, Stamped, Synthesis, Turn } from '../model';
import type { TimerEvent } from '../timer/events';
import { DEMO_CAST } from './demo-cast';
import { DEMO_TAGS, demoAction, demoNoteText, demoSynthesis } from './demo-text';
import { localToUtcMs } from './local-time';
import { Rng } from './prng';

export interface DemoOptions {
  notes: number;
  seed: number;
  /** Supplies the event details and guiding questions; its ids and times are not reused. */
  sample: EventBundle;
}

const MIN = 60_000;
const SESSION_MS = 180 * MIN;
const FALLBACK_DATE = '2026-11-26';
const FALLBACK_TIME = '10:00';
/** Share of the session before the first and after the last question (welcome and closing). */
const EDGE = 0.05;

const KIND_WEIGHTS: ReadonlyArray<readonly [NoteKind, number]> = [
  ['idea', 35],
  ['quote', 12],
  ['proposal', 12],
  ['agreement', 8],
  ['disagreement', 6],
  ['audience-question', 5],
  ['data', 10],
  ['action', 6],
];

interface Block {
  question: GuidingQuestion | null;
  startMs: number;
  endMs: number;
  turns: Turn[];
}

/**
 * A synthetic forum for demos and benchmarks: the sample's event and questions, an invented cast,
 * speaking turns per question and `notes` notes spread over a three-hour session. Everything —
 * ids, times, text — follows from `seed` and the sample's content, so the same call gives the
 * same bundle byte for byte.
 */
export function generateDemoBundle({ notes: count, seed, sample }: DemoOptions): EventBundle {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`notes must be a whole number ≥ 0, got ${count}`);
  const rng = new Rng(seed);
  const source = sample.event;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(source.date) ? source.date : FALLBACK_DATE;
  const startTime = source.startTime || FALLBACK_TIME;
  const doorsMs = localToUtcMs(date, startTime, source.timeZone);
  const startedMs = doorsMs + 5 * MIN;
  const at = (elapsedMs: number) => toIso(startedMs + elapsedMs);
  const preparedAt = toIso(doorsMs - 7 * 24 * 60 * MIN);
  const eventId = rng.uuid();
  const prepared = (): Stamped => ({ id: rng.uuid(), createdAt: preparedAt, updatedAt: preparedAt, deletedAt: null });

  const questions: GuidingQuestion[] = live(sample.questions)
    .sort((a, b) => a.order - b.order)
    .map((q, order) => ({ ...prepared(), eventId, order, text: q.text, block: q.block, mesaIds: [] }));
  const participants: Participant[] = DEMO_CAST.map((c) => ({ ...prepared(), eventId, position: '', sector: '', ...c }));
  const blocks = planBlocks(questions, participants, rng, eventId, startedMs, prepared);
  const turns = blocks.flatMap((b) => b.turns);

  const names = new Map(participants.map((p) => [p.id, p.name]));
  const moderator = participants.find((p) => p.role === 'moderator')!;
  const audience = participants.find((p) => p.role === 'audience')!;
  const elapsed = spreadTimes(count, rng);
  const forced = new Map(NOTE_KINDS.map((k, i) => [Math.floor((i * count) / NOTE_KINDS.length), k] as const));
  const notes: Note[] = [];
  let blockIndex = 0;
  for (let i = 0; i < count; i++) {
    const t = elapsed[i]!;
    while (blockIndex < blocks.length - 1 && t >= blocks[blockIndex]!.endMs) blockIndex++;
    const block = blocks[blockIndex]!;
    const turn = block.turns.find((x) => Date.parse(x.actualStartAt!) - startedMs <= t && t < Date.parse(x.actualEndAt!) - startedMs);
    const speakerId = turn?.speakerId ?? (rng.chance(0.5) ? moderator.id : null);
    const kind = forced.get(i) ?? (speakerId === audience.id && rng.chance(0.6) ? 'audience-question' : rng.weighted(KIND_WEIGHTS));
    const speakerName = speakerId === null ? null : names.get(speakerId)!;
    notes.push(makeNote(rng, { eventId, questionId: block.question?.id ?? null, speakerId, speakerName, kind, t, at }));
  }

  const syntheses: Synthesis[] = blocks
    .filter((b): b is Block & { question: GuidingQuestion } => b.question !== null && b.question.order < questions.length / 2)
    .map((b) => {
      const written = at(b.endMs);
      return {
        id: rng.uuid(),
        createdAt: written,
        updatedAt: written,
        deletedAt: null,
        eventId,
        questionId: b.question.id,
        text: demoSynthesis(rng),
        mesaId: null,
      };
    });

  const rapporteur = participants.find((p) => p.role === 'rapporteur')!;
  return {
    event: {
      ...source,
      id: eventId,
      createdAt: preparedAt,
      updatedAt: at(SESSION_MS + 10 * MIN),
      deletedAt: null,
      title: source.title || 'Conversatorio de demostración',
      date,
      startTime,
      rapporteur: source.rapporteur || rapporteur.name,
      session: { startedAt: at(0), runningSince: null, accumulatedMs: SESSION_MS },
    },
    mesas: [],
    questions,
    participants,
    notes,
    turns,
    syntheses,
    photos: [],
  };
}

interface NoteSeed {
  eventId: Id;
  questionId: Id | null;
  speakerId: Id | null;
  speakerName: string | null;
  kind: NoteKind;
  t: number;
  at: (elapsedMs: number) => string;
}

function makeNote(rng: Rng, s: NoteSeed): Note {
  const createdAt = s.at(s.t);
  const edited = rng.chance(0.1) ? s.at(s.t + rng.int(1, 10) * MIN) : null;
  const deleted = edited === null && rng.chance(0.01) ? s.at(s.t + 30_000) : null;
  const tags = rng.chance(0.4) ? [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(DEMO_TAGS)))] : [];
  return {
    id: rng.uuid(),
    createdAt,
    updatedAt: edited ?? deleted ?? createdAt,
    deletedAt: deleted,
    eventId: s.eventId,
    questionId: s.questionId,
    text: demoNoteText(s.kind, rng, s.speakerName),
    elapsedMs: s.t,
    speakerId: s.speakerId,
    kind: s.kind,
    tags,
    starred: rng.chance(0.07),
    editedAt: edited,
    action: s.kind === 'action' ? demoAction(rng, s.speakerName ?? 'Secretaría técnica') : null,
    mesaId: null,
    authorId: null,
    authorName: '',
  };
}

/** Strictly increasing session times with irregular gaps, inside the session. */
function spreadTimes(count: number, rng: Rng): number[] {
  const gaps = Array.from({ length: count }, () => 0.2 + rng.float());
  const total = gaps.reduce((s, g) => s + g, 0) || 1;
  const span = SESSION_MS - 60_000;
  const out: number[] = [];
  let sum = 0;
  let previous = -1;
  for (const g of gaps) {
    sum += g;
    previous = Math.max(previous + 1, 30_000 + Math.round((sum / total) * span));
    out.push(previous);
  }
  return out;
}

/** The moderator's timer for one turn: started, sometimes paused or given time, finished. */
function demoTimerLog(rng: Rng, startMs: number, endMs: number, plannedMs: number): TimerEvent[] {
  const log: TimerEvent[] = [{ type: 'start', at: startMs, plannedMs }];
  const mid = Math.round((startMs + endMs) / 2);
  if (rng.chance(0.2)) log.push({ type: 'pause', at: mid }, { type: 'resume', at: mid + rng.int(5, 30) * 1000 });
  else if (rng.chance(0.15)) log.push({ type: 'adjust', at: mid, deltaMs: rng.pick([-30_000, 30_000, 60_000]) });
  log.push({ type: 'finish', at: endMs });
  return log;
}

/** Welcome, one block per question with moderator, three panellists and the audience, closing. */
function planBlocks(
  questions: GuidingQuestion[],
  participants: Participant[],
  rng: Rng,
  eventId: Id,
  startedMs: number,
  prepared: () => Stamped,
): Block[] {
  const at = (elapsedMs: number) => toIso(startedMs + elapsedMs);
  const edge = questions.length === 0 ? SESSION_MS / 2 : SESSION_MS * EDGE;
  const span = (SESSION_MS - 2 * edge) / Math.max(1, questions.length);
  const moderator = participants.find((p) => p.role === 'moderator')!;
  const audience = participants.find((p) => p.role === 'audience')!;
  const panel = participants.filter((p) => p.role === 'panellist' || p.role === 'other');
  const blocks: Block[] = [{ question: null, startMs: 0, endMs: edge, turns: [] }];
  let order = 0;
  questions.forEach((question, qi) => {
    const startMs = edge + qi * span;
    const speakers: Array<[Participant, number]> = [
      [moderator, 120],
      ...rng
        .shuffled(panel)
        .slice(0, 3)
        .map((p) => [p, 480] as [Participant, number]),
      [audience, 300],
    ];
    const actual = speakers.map(([, planned]) => planned * 1000 * (0.8 + rng.float() * 0.45));
    const fit = Math.min(1, (span * 0.9) / actual.reduce((s, x) => s + x, 0));
    let plannedCursor = startMs;
    let cursor = startMs;
    const turns = speakers.map(([speaker, plannedSeconds], i): Turn => {
      const start = Math.round(cursor + rng.int(5, 20) * 1000);
      const end = Math.round(start + actual[i]! * fit);
      const turn: Turn = {
        ...prepared(),
        updatedAt: at(end),
        eventId,
        questionId: question.id,
        speakerId: speaker.id,
        order: order++,
        plannedSeconds,
        plannedStartAt: at(Math.round(plannedCursor)),
        actualStartAt: at(start),
        actualEndAt: at(end),
        timerLog: demoTimerLog(rng, startedMs + start, startedMs + end, plannedSeconds * 1000),
        mesaId: null,
      };
      plannedCursor += plannedSeconds * 1000;
      cursor = end;
      return turn;
    });
    blocks.push({ question, startMs, endMs: startMs + span, turns });
  });
  blocks.push({ question: null, startMs: SESSION_MS - edge, endMs: Infinity, turns: [] });
  return blocks;
}
