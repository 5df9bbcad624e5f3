import type { Language } from '../core/model/types';
import type { CliIo } from './command';

/** Spanish unless RELATOR_LANG (or, failing that, LANG) starts with `en`. */
export function languageFromEnv(env: Record<string, string | undefined>): Language {
  const chosen = env.RELATOR_LANG || env.LANG || '';
  return chosen.toLowerCase().startsWith('en') ? 'en' : 'es';
}

export function ioLanguage(io: CliIo): Language {
  return io.lang ?? 'es';
}

/** Picks the sentence for the user's language: `t(io, 'Hola', 'Hello')`. */
export function t(io: CliIo, es: string, en: string): string {
  return ioLanguage(io) === 'en' ? en : es;
}
