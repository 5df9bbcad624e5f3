import type { Id } from '../../../core/model/types';

/** Which question the capture view shows: one question, the general notes, or all of them. */
export type Slot = Id | 'general' | 'all';

/** The question id new notes get under a slot (general and "all" write general notes). */
export function slotQuestionId(slot: Slot): Id | null {
  return slot === 'general' || slot === 'all' ? null : slot;
}

const key = (eventId: Id) => `relator.capture.slot.${eventId}`;

/** The slot last used for an event, so a reload comes back to the same question. */
export function rememberedSlot(eventId: Id): Slot | null {
  try {
    return (localStorage.getItem(key(eventId)) as Slot | null) ?? null;
  } catch {
    return null;
  }
}

export function rememberSlot(eventId: Id, slot: Slot): void {
  try {
    localStorage.setItem(key(eventId), slot);
  } catch {
    /* private mode: the slot is simply not remembered */
  }
}
