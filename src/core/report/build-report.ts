import { LOCALES } from '../i18n/locales';
import { live } from '../model/factories';
import type { EventBundle, Id, Note, Participant, Turn } from '../model/types';
import { cleanText, oneLine } from './clean-text';
import { KIND_ORDER, REPORT_LABELS, type ReportLabels } from './labels';
import type { ReportBlock, ReportModel, ReportNote, ReportSection, ReportTitle } from './model';
import { resolveReportOptions, type ReportOptions } from './options';
import { speakingTimeSections, turnRows } from './speaking-time';
import { clockFormatter, longDate, noteTimeFormatter, safeZone } from './time-format';
import { lightMarkdownBlocks } from './light-markdown';
import { attributedAs, withoutNames } from './attribution';
import { inlinePlainText } from '../text/inline-markdown';
import { methodologyDraft } from './methodology';
import { attendanceSections } from './attendance-section';
import { programSection } from './program-section';
import { mesaBundle, resolveScope, type ReportScope, type ResolvedScope } from './scope';
import { mesasSection, mesaSynthesisSections, scopeCover } from './mesa-sections';

/**
 * Builds the report every writer renders. Pure: the same bundle, options and scope give the same
 * model. Soft-deleted records are ignored; sections with nothing to say are left out. Without a
 * scope an event with mesas gets its general relatoría (scope.ts).
 */
export function buildReport(whole: EventBundle, partial: Partial<ReportOptions> = {}, requested?: ReportScope): ReportModel {
  const scope = resolveScope(whole, requested);
  // A mesa's relatoría is built from the mesa's part of the event, as an event of its own.
  const bundle = scope.kind === 'mesa' ? mesaBundle(whole, scope.mesa) : whole;
  const general = scope.kind === 'general' ? scope : null;
  const event = bundle.event;
  const options = resolveReportOptions(event.language, partial);
  const labels = REPORT_LABELS[options.language];
  const timeZone = safeZone(event.timeZone);
  const questions = live(bundle.questions).sort((a, b) => a.order - b.order);
  const questionById = new Map(questions.map((q) => [q.id, q]));
  const people = new Map(live(bundle.participants).map((p) => [p.id, p]));
  // Deleted people too (and, in a mesa's relatoría, those of other mesas): a name typed in a
  // commitment must not slip through because its person was removed or spoke elsewhere.
  const everyone = whole.participants;
  const policy = options.attribution;
  const nameOf = (id: Id | null): string | null => (id === null ? null : attributedAs(people.get(id), policy, labels));
  const turns = live(bundle.turns);
  const noteTime = noteTimeFormatter(options.timestamps, labels.language, timeZone);

  const notes = live(bundle.notes)
    .filter((n) => !options.starredOnly || n.starred)
    .sort(chronological);
  // Thousands of notes share a few speakers and questions: their labels are computed once each.
  const speakerOf = new Map<Id, string | null>();
  const speaker = (id: Id | null): string | null => {
    if (id === null) return null;
    let name = speakerOf.get(id);
    if (name === undefined) speakerOf.set(id, (name = nameOf(id)));
    return name;
  };
  // Questions keep the forum's numbers in a mesa's relatoría too, so it reads beside the general one.
  const numberOf = new Map(
    live(whole.questions)
      .sort((a, b) => a.order - b.order)
      .map((q, i) => [q.id, i + 1]),
  );
  const questionNumber = (id: Id): number => numberOf.get(id) ?? 0;
  const questionLabel = new Map(questions.map((q) => [q.id, labels.question(questionNumber(q.id))]));
  // The general relatoría labels each contribution with where it was said; a deleted mesa keeps its name.
  const mesaName = new Map(bundle.mesas.map((m) => [m.id, oneLine(m.name)]));
  const mesaOf = (id: Id | null): string => (id !== null && mesaName.get(id)) || labels.mesas.plenary;
  const toReport = (n: Note): ReportNote => ({
    text: cleanText(n.text).trim(),
    kind: n.kind,
    kindLabel: labels.kindNames[n.kind],
    speaker: speaker(n.speakerId),
    time: noteTime(n),
    starred: options.markStarred && n.starred,
    question: (n.questionId && questionLabel.get(n.questionId)) ?? null,
    mesa: general ? mesaOf(n.mesaId) : null,
  });
  const reportNotes: ReportNote[] = [];
  const byQuestion = new Map<Id | null, ReportNote[]>();
  for (const n of notes) {
    const rn = toReport(n);
    if (rn.text === '') continue;
    reportNotes.push(rn);
    const key = n.questionId && questionById.has(n.questionId) ? n.questionId : null;
    let list = byQuestion.get(key);
    if (!list) byQuestion.set(key, (list = []));
    list.push(rn);
  }

  // The speaking-time CSV of an event with mesas says where each turn was held (in every scope, so a
  // mesa's file and the general one line up in a spreadsheet); an event without mesas keeps its columns.
  const everyMesa = new Map(whole.mesas.map((m) => [m.id, oneLine(m.name)]));
  const turnMesa =
    live(whole.mesas).length > 0 || whole.turns.some((t) => t.mesaId !== null)
      ? (t: Turn): string => (t.mesaId !== null && everyMesa.get(t.mesaId)) || labels.mesas.plenary
      : null;

  const sections: ReportSection[] = [];
  // The relatoría's own texts, light Markdown; a section only when written.
  const text = (id: string, heading: string, value: string): void => {
    const blocks = lightMarkdownBlocks(cleanText(value));
    if (blocks.length > 0) sections.push({ id, level: 1, heading, blocks });
  };
  text('executive-summary', labels.executiveSummary, event.executiveSummary);
  text('introduction', labels.introduction, event.introduction);
  const objectives = event.objectives.map(oneLine).filter(Boolean);
  if (objectives.length > 0)
    sections.push({ id: 'objectives', level: 1, heading: labels.objectives, blocks: [{ type: 'bullets', items: objectives }] });
  // Drafted from the event unless the rapporteur wrote one; an event with no one and no question has nothing to say.
  const drafted = questions.length > 0 || people.size > 0 ? methodologyDraft(bundle, labels, policy) : '';
  text('methodology', labels.methodology, event.methodology.trim() === '' ? drafted : event.methodology);
  const program =
    options.program === 'none'
      ? null
      : programSection(turns, questions, questionNumber, people, labels, policy, timeZone, options.program === 'annex');
  if (program && options.program === 'body') sections.push(program);
  if (general) sections.push(mesasSection(general.mesas, labels));

  const participants = [...people.values()];
  // Anonymous: no list of who was there, whose cargo and institution would point at who said what.
  if (participants.length > 0 && policy !== 'none') sections.push(participantsSection(participants, labels, policy === 'name'));

  // The question's own synthesis is the plenary's (mesaId null): in the general relatoría, the coordinator's.
  const syntheses = new Map(
    live(bundle.syntheses)
      .filter((s) => s.mesaId === null)
      .map((s) => [s.questionId, cleanText(s.text).trim()]),
  );
  questions.forEach((q) => {
    const id = `question-${questionNumber(q.id)}`;
    sections.push(
      ...questionSections(
        id,
        `${labels.question(questionNumber(q.id))}. ${oneLine(q.text)}`,
        syntheses.get(q.id) ?? '',
        byQuestion.get(q.id) ?? [],
        options,
        labels,
        true,
        general ? mesaSynthesisSections(id, q.id, general.mesas, bundle.syntheses, labels) : [],
      ),
    );
  });
  sections.push(...questionSections('general', labels.generalNotes, '', byQuestion.get(null) ?? [], options, labels));

  text('consensus', labels.consensus, event.consensus);

  const conclusions = lightMarkdownBlocks(cleanText(event.conclusions));
  const agreements = lightMarkdownBlocks(cleanText(event.agreements));
  if (conclusions.length > 0 || agreements.length > 0) {
    sections.push({ id: 'conclusions-and-agreements', level: 1, heading: labels.conclusionsAndAgreements, blocks: [] });
    if (conclusions.length > 0) sections.push({ id: 'conclusions', level: 2, heading: labels.conclusions, blocks: conclusions });
    if (agreements.length > 0) sections.push({ id: 'agreements', level: 2, heading: labels.agreements, blocks: agreements });
  }

  const actions = notes.filter((n) => n.kind === 'action' && cleanText(n.text).trim() !== '');
  if (actions.length > 0) {
    sections.push({
      id: 'commitments',
      level: 1,
      heading: labels.commitments,
      blocks: [
        {
          type: 'table',
          table: {
            columns: [labels.what, labels.who, labels.when],
            numeric: [false, false, false],
            // A table cell holds one line of plain text: a note's formatting signs are left out, not printed.
            rows: actions.map((n) => [
              oneLine(inlinePlainText(n.text)),
              n.action?.who ? withoutNames(oneLine(n.action.who), everyone, policy, labels) : (nameOf(n.speakerId) ?? ''),
              oneLine(n.action?.when ?? ''),
            ]),
          },
        },
      ],
    });
  }

  text('recommendations', labels.recommendations, event.recommendations);
  text('next-steps', labels.nextSteps, event.nextSteps);

  sections.push(...attendanceSections(event.attendance, labels, options.includeAttendanceList, policy));

  if (options.includeSpeakingTime)
    sections.push(...speakingTimeSections(turns, people, labels, policy, general ? (t) => mesaOf(t.mesaId) : null));

  if (program && options.program === 'annex') sections.push(program);

  const photos = options.includePhotos
    ? live(bundle.photos)
        .filter((p) => p.kind === 'photo')
        .sort((a, b) => a.order - b.order)
    : [];
  if (photos.length > 0) {
    sections.push({
      id: 'photos',
      level: 1,
      heading: labels.program.photosHeading,
      blocks: photos.map((p, i) => ({
        type: 'photo',
        photo: {
          label: labels.program.photo(i + 1),
          caption: oneLine(p.caption),
          mediaType: p.mediaType,
          width: p.width,
          height: p.height,
          data: p.data,
        },
      })),
    });
  }

  if (options.includeAnnex && reportNotes.length > 0) {
    sections.push({
      id: 'annex',
      level: 1,
      heading: labels.annex,
      blocks: [{ type: 'notes', items: reportNotes, showKind: true, showQuestion: true }],
    });
  }

  const signatures = [
    [labels.preparedBy, oneLine(event.preparedBy)],
    [labels.reviewedBy, oneLine(event.reviewedBy)],
  ].filter(([, who]) => who !== '');
  if (signatures.length > 0) {
    sections.push({
      id: 'signatures',
      level: 1,
      heading: labels.signatures,
      blocks: [{ type: 'table', table: { columns: ['', labels.name], numeric: [false, false], rows: signatures } }],
    });
  }

  return {
    language: options.language,
    labels,
    options,
    scope: scopeOf(scope),
    meta: {
      title: oneLine(event.title),
      creator: oneLine(event.rapporteur),
      created: event.createdAt,
      locale: LOCALES[labels.language].tag,
    },
    title: titleBlock(bundle, scope, notes, labels, timeZone),
    sections,
    turnRows: turnRows(turns, people, questionById, labels, timeZone, policy, turnMesa),
  };
}

/** Wall-clock order of writing; ties broken by id so the report is stable. */
function chronological(a: Note, b: Note): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Under the 'role' policy the table has no names: cargo, institution, role and sector only. */
function participantsSection(participants: Participant[], labels: ReportLabels, withNames: boolean): ReportSection {
  const roleRank = (p: Participant) => ['moderator', 'panellist', 'rapporteur', 'other', 'audience'].indexOf(p.role);
  const sorted = [...participants].sort((a, b) => roleRank(a) - roleRank(b) || a.name.localeCompare(b.name, LOCALES[labels.language].tag));
  // Cargo and sector columns only when someone has one: most events fill in the institution alone.
  const withPosition = sorted.some((p) => oneLine(p.position) !== '');
  const withSector = sorted.some((p) => oneLine(p.sector) !== '');
  const columns = [
    ...(withNames ? [labels.name] : []),
    ...(withPosition ? [labels.position] : []),
    labels.affiliation,
    labels.role,
    ...(withSector ? [labels.sector] : []),
  ];
  return {
    id: 'participants',
    level: 1,
    heading: labels.participants,
    blocks: [
      {
        type: 'table',
        table: {
          columns,
          numeric: columns.map(() => false),
          rows: sorted.map((p) => [
            ...(withNames ? [oneLine(p.name)] : []),
            ...(withPosition ? [oneLine(p.position)] : []),
            oneLine(p.affiliation),
            labels.roles[p.role],
            ...(withSector ? [oneLine(p.sector)] : []),
          ]),
        },
      },
    ],
  };
}

/** A question's section: heading, synthesis, then its notes by kind (or in one list). */
function questionSections(
  id: string,
  heading: string,
  synthesis: string,
  notes: ReportNote[],
  options: ReportOptions,
  labels: ReportLabels,
  /** A guiding question is part of the forum's record even when nothing was noted under it. */
  keepWhenEmpty = false,
  /** The mesas' syntheses of the question, after its own (the general relatoría). */
  mesaSyntheses: ReportSection[] = [],
): ReportSection[] {
  if (synthesis === '' && notes.length === 0 && !keepWhenEmpty) return [];
  const blocks: ReportBlock[] = synthesis === '' ? [] : lightMarkdownBlocks(synthesis);
  const out: ReportSection[] = [{ id, level: 1, heading, blocks }, ...mesaSyntheses];
  if (notes.length === 0) return out;
  if (options.group === 'chronological') {
    out.push({
      id: `${id}-notes`,
      level: 2,
      heading: labels.notes,
      blocks: [{ type: 'notes', items: notes, showKind: true, showQuestion: false }],
    });
    return out;
  }
  for (const kind of KIND_ORDER) {
    const items = notes.filter((n) => n.kind === kind);
    if (items.length === 0) continue;
    const block: ReportBlock =
      kind === 'quote' ? { type: 'quotes', items } : { type: 'notes', items, showKind: false, showQuestion: false };
    out.push({ id: `${id}-${kind}`, level: 2, heading: labels.kindHeadings[kind], blocks: [block] });
  }
  return out;
}

function scopeOf(scope: ResolvedScope): ReportModel['scope'] {
  if (scope.kind === 'mesa') return { kind: 'mesa', mesaId: scope.mesa.id, name: oneLine(scope.mesa.name) };
  return { kind: scope.kind };
}

function titleBlock(bundle: EventBundle, scope: ResolvedScope, notes: Note[], labels: ReportLabels, timeZone: string): ReportTitle {
  const e = bundle.event;
  const cover = scopeCover(scope, bundle.notes, labels);
  // The event's rapporteur coordinates the general relatoría.
  const rapporteurLabel = scope.kind === 'general' ? labels.mesas.coordinator : labels.rapporteur;
  const details = [
    { label: labels.organisers, value: e.organisers.map(oneLine).filter(Boolean).join('; ') },
    { label: labels.date, value: longDate(e.date, labels.language) },
    { label: labels.place, value: oneLine(e.place) },
    { label: labels.timeSpan, value: timeSpan(bundle, notes, labels, timeZone) },
    ...cover.before,
    cover.rapporteur ?? { label: rapporteurLabel, value: oneLine(e.rapporteur) },
    ...cover.after,
  ].filter((d) => d.value !== '');
  const logos = live(bundle.photos)
    .filter((p) => p.kind === 'logo')
    .sort((a, b) => a.order - b.order)
    .map((p, i) => ({
      label: `${labels.organisers} ${i + 1}`,
      caption: oneLine(p.caption),
      mediaType: p.mediaType,
      width: p.width,
      height: p.height,
      data: p.data,
    }));
  return { scope: cover.scope, title: oneLine(e.title), subtitle: oneLine(e.subtitle), details, logos };
}

/** From the session start (or first timed turn) to the last timed turn or note; else the planned start. */
function timeSpan(bundle: EventBundle, notes: Note[], labels: ReportLabels, timeZone: string): string {
  const starts: string[] = [];
  const ends: string[] = [];
  if (bundle.event.session.startedAt) starts.push(bundle.event.session.startedAt);
  for (const t of live(bundle.turns)) {
    if (t.actualStartAt) starts.push(t.actualStartAt);
    if (t.actualEndAt) ends.push(t.actualEndAt);
  }
  if (starts.length === 0) return bundle.event.startTime;
  for (const n of notes) if (n.elapsedMs !== null) ends.push(n.createdAt);
  const first = starts.reduce((a, b) => (a < b ? a : b));
  const last = ends.length === 0 ? null : ends.reduce((a, b) => (a > b ? a : b));
  const clock = clockFormatter(labels.language, timeZone);
  const zone = `(${timeZone})`;
  return last && last > first ? `${clock(first)}–${clock(last)} ${zone}` : `${clock(first)} ${zone}`;
}
