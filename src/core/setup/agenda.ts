import type { AgendaItem, DraftQuestion, NewKey, SetupDraft } from './draft';

/** Longest planned turn accepted, in minutes: longer is almost surely a typo (seconds?). */
const MAX_PLANNED_MINUTES = 600;

/** Planned minutes from what the user typed ("7", "7,5", "7.5"); null when empty or not a sensible number. */
export function parseMinutes(input: string): number | null {
  const value = Number(input.trim().replace(',', '.'));
  if (!input.trim() || !Number.isFinite(value) || value <= 0 || value > MAX_PLANNED_MINUTES) return null;
  return Math.round(value * 60) / 60;
}

export function addAgendaItem(
  draft: SetupDraft,
  questionKey: string,
  fields: Partial<Pick<AgendaItem, 'speakerKey' | 'plannedMinutes'>>,
  newKey: NewKey,
): SetupDraft {
  if (!draft.questions.some((q) => q.key === questionKey)) return draft;
  const item: AgendaItem = { key: newKey(), questionKey, speakerKey: null, plannedMinutes: null, ...fields };
  return { ...draft, agenda: [...draft.agenda, item] };
}

/** One turn per panellist not yet planned on the question, each with the same minutes. */
export function planPanellists(draft: SetupDraft, questionKey: string, minutes: number | null, newKey: NewKey): SetupDraft {
  const planned = new Set(draft.agenda.filter((a) => a.questionKey === questionKey).map((a) => a.speakerKey));
  const missing = draft.participants.filter((p) => p.role === 'panellist' && !planned.has(p.key));
  if (missing.length === 0 || !draft.questions.some((q) => q.key === questionKey)) return draft;
  const items = missing.map((p) => ({ key: newKey(), questionKey, speakerKey: p.key, plannedMinutes: minutes }));
  return { ...draft, agenda: [...draft.agenda, ...items] };
}

export function editAgendaItem(
  draft: SetupDraft,
  key: string,
  changes: Partial<Pick<AgendaItem, 'speakerKey' | 'plannedMinutes'>>,
): SetupDraft {
  const index = draft.agenda.findIndex((a) => a.key === key);
  const current = draft.agenda[index];
  if (!current) return draft;
  const next = { ...current, ...changes };
  if (next.speakerKey === current.speakerKey && next.plannedMinutes === current.plannedMinutes) return draft;
  const agenda = draft.agenda.slice();
  agenda[index] = next;
  return { ...draft, agenda };
}

export function removeAgendaItem(draft: SetupDraft, key: string): SetupDraft {
  return draft.agenda.some((a) => a.key === key) ? { ...draft, agenda: draft.agenda.filter((a) => a.key !== key) } : draft;
}

/** Moves a planned turn up or down among the turns of its own question. */
export function moveAgendaItem(draft: SetupDraft, key: string, delta: -1 | 1): SetupDraft {
  const item = draft.agenda.find((a) => a.key === key);
  if (!item) return draft;
  const siblings = draft.agenda.filter((a) => a.questionKey === item.questionKey);
  const from = siblings.indexOf(item);
  const to = from + delta;
  if (to < 0 || to >= siblings.length) return draft;
  const other = siblings[to]!;
  const agenda = draft.agenda.map((a) => (a === item ? other : a === other ? item : a));
  return { ...draft, agenda };
}

export interface AgendaSegment {
  question: DraftQuestion;
  items: AgendaItem[];
  /** Sum of the planned minutes of the segment's turns (turns without minutes count 0). */
  plannedMinutes: number;
}

/** The agenda grouped by guiding question, in question order: the order the forum follows. */
export function agendaSegments(draft: SetupDraft): AgendaSegment[] {
  return draft.questions.map((question) => {
    const items = draft.agenda.filter((a) => a.questionKey === question.key);
    return { question, items, plannedMinutes: items.reduce((sum, a) => sum + (a.plannedMinutes ?? 0), 0) };
  });
}

export function totalPlannedMinutes(draft: SetupDraft): number {
  return agendaSegments(draft).reduce((sum, s) => sum + s.plannedMinutes, 0);
}
