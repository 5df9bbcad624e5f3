import type { Id, IsoInstant, Language } from '../../core/model';

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
}
export type SettingKey = keyof Settings;

export interface SettingRecord<K extends SettingKey = SettingKey> {
  key: K;
  value: Settings[K];
}
