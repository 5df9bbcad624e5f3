import type { Language } from '../model/types';
import { fold } from './normalize';

const ENGLISH = /\b(?:the|and|of|to|how|what|with|for|is|are|in)\b/g;
const SPANISH = /\b(?:el|la|los|las|de|del|y|que|como|en|con|para|por|se)\b/g;

/** The report language a program is written in: English or, by default, Spanish (Portuguese reads closer to it). */
export function guessLanguage(text: string): Language {
  const sample = fold(text.slice(0, 20_000));
  const en = sample.match(ENGLISH)?.length ?? 0;
  const es = sample.match(SPANISH)?.length ?? 0;
  return en > es ? 'en' : 'es';
}
