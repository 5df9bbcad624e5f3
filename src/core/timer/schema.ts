import { z } from 'zod';
import type { TimerLog } from './events';

/** Shape of a persisted timer log, for checking files and storage before folding them. */
const at = z.number().int();
const timerEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), at, plannedMs: z.number().int().nonnegative().nullable() }),
  z.object({ type: z.literal('pause'), at }),
  z.object({ type: z.literal('resume'), at }),
  z.object({ type: z.literal('adjust'), at, deltaMs: z.number().int() }),
  z.object({ type: z.literal('finish'), at }),
  z.object({ type: z.literal('reset'), at }),
]);

const timerLogSchema = z.array(timerEventSchema);

export type TimerLogParse = { ok: true; log: TimerLog } | { ok: false; index: number | null; message: string };

/**
 * Validates an unknown value as a timer log. `index` points at the first bad event so an import
 * can say which one; the message is technical (for logs), the UI words its own.
 */
export function parseTimerLog(value: unknown): TimerLogParse {
  const result = timerLogSchema.safeParse(value);
  if (result.success) return { ok: true, log: result.data };
  const issue = result.error.issues[0];
  const first = issue?.path[0];
  return {
    ok: false,
    index: typeof first === 'number' ? first : null,
    message: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid timer log',
  };
}
