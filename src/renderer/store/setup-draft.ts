import { toIso } from '../../core/model/ids';
import { GENDERS, PARTICIPANT_ROLES } from '../../core/model/types';
import type { AgendaItem, DraftParticipant, DraftQuestion, QuestionCheck, SetupDraft } from '../../core/setup/draft';
import type { RelatorDb } from './db';
import { StoreError } from './errors';
import { getSetting, setSetting } from './settings';
import type { SavedSetupDraft, SetupFormFields } from './types';
import { write } from './tx';

/**
 * The setup screen's unfinished work, kept in the settings table so a reload or a crash loses
 * nothing. One draft per machine: the screen edits one new event at a time. What comes back is
 * checked field by field, because it may have been written by an older build (or half a disk):
 * anything that does not look right is ignored rather than shown or trusted.
 */

export type SetupDraftInput = Omit<SavedSetupDraft, 'version' | 'savedAt'>;

/** Same bound as the paste box (MAX_PASTE_CHARS): longer texts are refused there, never saved. */
export const MAX_SAVED_TEXT = 2_000_000;

const FORM_KEYS = ['title', 'subtitle', 'date', 'startTime', 'place', 'organisers', 'objectives'] as const;
/** Fields the user may have typed in: the text fields, and the time zone (optional in older drafts). */
const TOUCHABLE: readonly (keyof SetupFormFields)[] = [...FORM_KEYS, 'timeZone'];

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isKey = (v: unknown): v is string => typeof v === 'string' && v !== '';

const CHECKS: readonly unknown[] = ['fallback', 'statement', 'table'] satisfies QuestionCheck[];

function isQuestion(v: unknown): v is DraftQuestion {
  if (!isObject(v) || !isKey(v.key) || !isString(v.text) || !isString(v.block)) return false;
  if (v.check !== undefined && !CHECKS.includes(v.check)) return false;
  if (v.span === null) return true;
  return Array.isArray(v.span) && v.span.length === 2 && v.span.every((n) => Number.isInteger(n) && (n as number) >= 0);
}

function isParticipant(v: unknown): v is DraftParticipant {
  return (
    isObject(v) &&
    isKey(v.key) &&
    isString(v.name) &&
    isString(v.affiliation) &&
    // Drafts saved before cargo and sector were separate fields have neither.
    (v.position === undefined || isString(v.position)) &&
    (v.sector === undefined || isString(v.sector)) &&
    (PARTICIPANT_ROLES as readonly unknown[]).includes(v.role) &&
    (GENDERS as readonly unknown[]).includes(v.gender)
  );
}

function isAgendaItem(v: unknown): v is AgendaItem {
  return (
    isObject(v) &&
    isKey(v.key) &&
    isKey(v.questionKey) &&
    (v.speakerKey === null || isKey(v.speakerKey)) &&
    (v.plannedMinutes === null || (typeof v.plannedMinutes === 'number' && Number.isFinite(v.plannedMinutes) && v.plannedMinutes > 0))
  );
}

function isDraft(v: unknown): v is SetupDraft {
  return (
    isObject(v) &&
    Array.isArray(v.questions) &&
    v.questions.every(isQuestion) &&
    Array.isArray(v.participants) &&
    v.participants.every(isParticipant) &&
    Array.isArray(v.agenda) &&
    v.agenda.every(isAgendaItem)
  );
}

const isForm = (v: unknown): v is SetupFormFields =>
  isObject(v) && FORM_KEYS.every((k) => isString(v[k])) && (v.timeZone === undefined || isString(v.timeZone));

/** The saved draft when it has the current shape, else null (never throws on odd data). */
function parseSavedSetupDraft(v: unknown): SavedSetupDraft | null {
  if (!isObject(v) || v.version !== 1) return null;
  if (!isString(v.text) || v.text.length > MAX_SAVED_TEXT) return null;
  if (!isDraft(v.draft) || !isForm(v.form) || typeof v.followsSource !== 'boolean' || !isString(v.savedAt)) return null;
  if (!Array.isArray(v.touched) || !v.touched.every((k) => (TOUCHABLE as readonly unknown[]).includes(k))) return null;
  const saved = v as unknown as SavedSetupDraft;
  const participants = saved.draft.participants.map((p) => ({ ...p, position: p.position ?? '', sector: p.sector ?? '' }));
  return { ...saved, draft: { ...saved.draft, participants } };
}

/** Copies only the known fields, so a stray reference in the screen's state is never written. */
function plain(input: SetupDraftInput, savedAt: string): SavedSetupDraft {
  const { questions, participants, agenda } = input.draft;
  return {
    version: 1,
    text: input.text,
    draft: {
      questions: questions.map(({ key, text, block, span, check }) => ({
        key,
        text,
        block,
        span: span ? [span[0], span[1]] : null,
        ...(check ? { check } : {}),
      })),
      participants: participants.map(({ key, name, position, affiliation, role, gender, sector }) => ({
        key,
        name,
        position,
        affiliation,
        role,
        gender,
        sector,
      })),
      agenda: agenda.map(({ key, questionKey, speakerKey, plannedMinutes }) => ({ key, questionKey, speakerKey, plannedMinutes })),
    },
    form: {
      ...(Object.fromEntries(FORM_KEYS.map((k) => [k, input.form[k]])) as SetupFormFields),
      ...(isString(input.form.timeZone) ? { timeZone: input.form.timeZone } : {}),
    },
    touched: input.touched.filter((k) => TOUCHABLE.includes(k)),
    followsSource: input.followsSource,
    savedAt,
  };
}

export async function saveSetupDraft(db: RelatorDb, input: SetupDraftInput): Promise<SavedSetupDraft> {
  const value = plain(input, toIso(db.ctx.nowMs()));
  if (!parseSavedSetupDraft(value)) throw new StoreError('invalid', 'The setup draft is not valid (or its text is over 2 MB)');
  await setSetting(db, 'setupDraft', value);
  return value;
}

export async function getSetupDraft(db: RelatorDb): Promise<SavedSetupDraft | null> {
  return parseSavedSetupDraft(await getSetting(db, 'setupDraft'));
}

export async function clearSetupDraft(db: RelatorDb): Promise<void> {
  await write(db, [db.settings], () => db.settings.delete('setupDraft'));
}
