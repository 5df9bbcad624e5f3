import type { MergeConflict } from '../../core/merge';
import type { Id, IsoInstant, Language } from '../../core/model';
import type { SetupDraft } from '../../core/setup/draft';

/**
 * Text typed but not yet kept in its record: the composer's next note, or a synthesis, the
 * conclusions or the agreements while their save is refused (another tab changed them, or the disk
 * is full). Each tab or window has its own slot, so two never overwrite each other's draft.
 */
export interface Draft {
  /** `draftId(eventId, slot, tabId)`; drafts kept before per-tab slots have `eventId|questionId`. */
  id: string;
  eventId: Id;
  /** What the text is for (see noteSlot, fieldSlot). */
  slot: string;
  /** The composer's question (null for the general notes), or the synthesis' question. */
  questionId: Id | null;
  /** The tab or window that typed it; '' for drafts kept before each tab had its own slot. */
  tabId: string;
  text: string;
  updatedAt: IsoInstant;
  /** Saved while its page was being left (reload, close); false when the page died first. */
  closed: boolean;
  /** For a text box saved into its record: the stored version the text was typed over. */
  base?: DraftBase;
}

export interface DraftBase {
  text: string;
  updatedAt: IsoInstant | null;
}

/** Which draft slot: the event, the place typed into, and the tab. */
export interface DraftKey {
  eventId: Id;
  slot: string;
  questionId: Id | null;
  tabId: string;
}

/** The composer of a question (or of the general notes). */
export function noteSlot(questionId: Id | null): string {
  return `note:${questionId ?? ''}`;
}

/** The event's texts edited as text boxes: conclusions, agreements and the relatoría's own sections. */
export type EventTextField =
  | 'conclusions'
  | 'agreements'
  | 'executiveSummary'
  | 'introduction'
  | 'methodology'
  | 'consensus'
  | 'recommendations'
  | 'nextSteps'
  | 'preparedBy'
  | 'reviewedBy';

/** A text box saved straight into its record. */
export function fieldSlot(field: 'synthesis' | EventTextField, questionId: Id | null = null): string {
  return field === 'synthesis' ? `synthesis:${questionId ?? ''}` : field;
}

export function draftId(key: Pick<DraftKey, 'eventId' | 'slot' | 'tabId'>): string {
  return `${key.eventId}|${key.slot}|${key.tabId}`;
}

/** Local preferences; never exported with an event. */
export interface Settings {
  uiLanguage: Language;
  lastOpenedEventId: Id | null;
  /**
   * Set once the first-run sample has been dealt with, and kept after the user deletes the sample
   * so it never comes back. `eventId` is null when the database already had events.
   */
  sample: { eventId: Id | null; at: IsoInstant };
  /** The setup screen's unfinished work (see setup-draft.ts); gone once the event is created. */
  setupDraft: SavedSetupDraft;
  /**
   * This database's identity, also kept outside it (the platform's database marker): a database
   * without it, or with another one, was wiped or replaced since the app last ran.
   */
  databaseId: { id: Id; at: IsoInstant };
  /**
   * Who writes on this installation: a stable id made on first use and the display name set once in
   * settings ('' until then; notes then take the event's rapporteur). Every note written here carries both.
   */
  author: { id: Id; name: string };
  /** The mesa this installation last wrote in, per event (null: the plenary). */
  captureMesa: Record<Id, Id | null>;
  /** The mesa this installation last moderated, per event (null: the plenary). */
  moderatorMesa: Record<Id, Id | null>;
  /**
   * The events this copy keeps in live sync (src/renderer/sync), by event id: the relay's address,
   * the join code, and whether this copy hosts it. Removed when the user leaves sync.
   */
  syncSessions: Record<Id, { serverUrl: string; code: string; hosting: boolean; link: string; addresses: string[] }>;
  /**
   * The venue devices' codes this copy granted, per event (src/renderer/venue): a stage display's or
   * a remote's link keeps working after the app restarts, until it is revoked or hosting stops. They belong
   * to the join code they were made under: a new join code (hosting turned off and on) drops them.
   */
  venueGrants: Record<Id, { joinCode: string; grants: { kind: 'stage' | 'remote'; mesa: string; code: string }[] }>;
}

/** The event data fields of the setup screen, as typed (lists still one text each). */
export type SetupFormFields = Record<'title' | 'subtitle' | 'date' | 'startTime' | 'place' | 'organisers' | 'objectives', string> & {
  /** Absent in drafts saved before the setup form had a time zone. */
  timeZone?: string;
};

/** What #/setup keeps across a reload or crash: plain JSON-safe data, without the undo history. */
export interface SavedSetupDraft {
  version: 1;
  text: string;
  draft: SetupDraft;
  form: SetupFormFields;
  /** Form fields the user typed in, so the program no longer overwrites them after a restore. */
  touched: (keyof SetupFormFields)[];
  /** Whether the question list still follows the pasted text (the user has not edited it). */
  followsSource: boolean;
  savedAt: IsoInstant;
}
export type SettingKey = keyof Settings;

export interface SettingRecord<K extends SettingKey = SettingKey> {
  key: K;
  value: Settings[K];
}

/**
 * A text a merge kept aside ("Combinar con…"), waiting with its event until the user resolves it
 * (keeps a version or combines them) or dismisses it.
 */
export interface PendingMergeConflict {
  id: Id;
  eventId: Id;
  /** When the merge that found it ran. */
  mergedAt: IsoInstant;
  /** Its place in that merge's list, so the review keeps the merge's order. */
  order: number;
  conflict: MergeConflict;
}
