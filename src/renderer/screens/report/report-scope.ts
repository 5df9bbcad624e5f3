import type { Mesa } from '../../../core/model/types';
import type { ReportScope } from '../../../core/report';

/** The choice's value: 'general', or a mesa's id. */
export type ScopeChoice = string;
export const GENERAL: ScopeChoice = 'general';

/**
 * The relatoría the screen shows and saves for the choice: a live mesa's, else the general one;
 * undefined for an event without mesas (its relatoría as always). A mesa removed while chosen
 * falls back to the general relatoría.
 */
export function scopeOf(choice: ScopeChoice, mesas: readonly Mesa[]): ReportScope | undefined {
  if (mesas.length === 0) return undefined;
  return mesas.some((m) => m.id === choice) ? { kind: 'mesa', mesaId: choice } : { kind: 'general' };
}
