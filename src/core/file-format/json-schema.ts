// Namespace import, not `{ z }`: esbuild then bundles only the zod parts used instead of every locale.
import * as z from 'zod';
import { EventFileSchema } from './schema';

/** The JSON Schema published at resources/relator-event.schema.json, as its text: what a reader accepts. */
export function eventFileJsonSchema(): string {
  const schema = {
    ...z.toJSONSchema(EventFileSchema, { target: 'draft-2020-12', io: 'input' }),
    title: 'Relator event file, version 2',
    description:
      'One event of Relator with its mesas, guiding questions, participants, notes, speaking turns and syntheses. ' +
      'Generated from the zod schema in src/core/file-format/schema.ts; cross-record rules are in docs/file-format.md.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
