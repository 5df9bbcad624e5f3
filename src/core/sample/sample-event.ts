import { createEvent, createQuestion, systemContext, type RecordContext } from '../model/factories';
import type { EventBundle } from '../model/types';
import { extractProgram } from '../program/extract-program';
import { PROGRAM_MIN_MESAS, promoteMesaBlocks } from '../file-format/migrate';

/** Where the built-in sample took place; not in its program text, so stated here. */
const SAMPLE_TIME_ZONE = 'America/Mexico_City';

/**
 * The built-in sample event "Segundo Conversatorio Metropolitano", built from its program text
 * (resources/samples/segundo-conversatorio-metropolitano.txt). The caller passes the text in —
 * embedded with Vite's `?raw` or esbuild's text loader — so this module stays free of file access.
 */
export function buildSampleBundle(text: string, ctx: RecordContext = systemContext): EventBundle {
  const program = extractProgram(text);
  const { title, subtitle, date, objectives, organisers } = program.event;
  const event = createEvent({ title, subtitle, date, objectives, organisers, language: 'es', timeZone: SAMPLE_TIME_ZONE }, ctx);
  const found = program.questions.map((q, order) => createQuestion(event.id, { text: q.text, order, block: q.block }, ctx));
  const { mesas, questions } = promoteMesaBlocks(event, found, PROGRAM_MIN_MESAS);
  return { event, mesas, questions, participants: [], notes: [], turns: [], syntheses: [], photos: [] };
}
