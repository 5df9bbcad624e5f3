import type { Language } from '../core/model/types';
import type { CliIo } from './command';
import { CLI_MESSAGES, type CliMessages } from './messages';

/** Spanish unless RELATOR_LANG (or, failing that, LANG) starts with `en`. */
export function languageFromEnv(env: Record<string, string | undefined>): Language {
  const chosen = env.RELATOR_LANG || env.LANG || '';
  return chosen.toLowerCase().startsWith('en') ? 'en' : 'es';
}

export function ioLanguage(io: CliIo): Language {
  return io.lang ?? 'es';
}

/** The command line's sentences in the user's language: `messages(io).files.noFile(path)`. */
export function messages(io: CliIo): CliMessages {
  return CLI_MESSAGES[ioLanguage(io)];
}
