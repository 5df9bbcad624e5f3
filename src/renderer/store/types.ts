import type { Id, IsoInstant, Language } from '../../core/model';
import type { SetupDraft } from '../../core/setup/draft';

/** The composer's unsaved text for one question (or the general notes when `questionId` is null). */
export interface Draft {
  /** `draftId(eventId, questionId)`: one draft per composer. */
  id: string;
  eventId: Id;
  questionId: Id | null;
  text: string;
  updatedAt: IsoInstant;
}

export function draftId(eventId: Id, questionId: Id | null): string {
  // IndexedDB keys cannot hold null, so the general composer uses an empty slot.
  return `${eventId}|${questionId ?? ''}`;
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
