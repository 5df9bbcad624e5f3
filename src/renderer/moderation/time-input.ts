/**
 * Times of day in the turn log, in the local time of the machine the moderator uses (the room's):
 * shown and typed as HH:MM:SS, anchored to the day of the turn being corrected.
 */
const pad = (n: number) => String(n).padStart(2, '0');

export function timeInputValue(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** `value` (HH:MM or HH:MM:SS) on the local calendar day of `dayOfMs`; null when it is not a time. */
export function parseTimeInput(value: string, dayOfMs: number): number | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [h, m, s] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  if (h > 23 || m > 59 || s > 59) return null;
  const d = new Date(dayOfMs);
  d.setHours(h, m, s, 0);
  return d.getTime();
}
