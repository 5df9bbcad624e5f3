import type * as z from 'zod';
import {
  EventSchema,
  MesaSchema,
  NoteSchema,
  ParticipantSchema,
  PhotoSchema,
  QuestionSchema,
  SynthesisSchema,
  TurnSchema,
} from '../file-format/schema';
import type { RecordKind } from './kinds';

/**
 * The text fields of each kind of record, read from the file's schema: every plain string (no
 * format, pattern or choice list) reached through objects, e.g. `text`, `name`, `action.who`. A field
 * added to the schema is covered without touching the merge. Lists (tags, organisers, objectives)
 * are not text fields: they follow the winning version.
 */
export type FieldPath = readonly string[];

type AnySchema = z.ZodType;

function textPaths(schema: AnySchema, prefix: string[], out: FieldPath[]): void {
  const def = schema._zod.def as { type: string; innerType?: AnySchema; shape?: Record<string, AnySchema> };
  switch (def.type) {
    case 'nullable':
    case 'optional':
    case 'default':
      textPaths(def.innerType!, prefix, out);
      return;
    case 'object':
      for (const [key, field] of Object.entries(def.shape!)) textPaths(field, [...prefix, key], out);
      return;
    case 'string':
      if ((schema as z.ZodString).format === null && prefix.length > 0) out.push(prefix);
      return;
    default:
      return;
  }
}

function pathsOf(schema: AnySchema): FieldPath[] {
  const out: FieldPath[] = [];
  textPaths(schema, [], out);
  return out;
}

export const TEXT_FIELDS: Readonly<Record<RecordKind, readonly FieldPath[]>> = {
  event: pathsOf(EventSchema),
  mesas: pathsOf(MesaSchema),
  questions: pathsOf(QuestionSchema),
  participants: pathsOf(ParticipantSchema),
  notes: pathsOf(NoteSchema),
  turns: pathsOf(TurnSchema),
  syntheses: pathsOf(SynthesisSchema),
  photos: pathsOf(PhotoSchema),
};

/** The value at `path`, or null where an object on the way is null (an action item that is not there). */
export function readField(record: unknown, path: FieldPath): string | null {
  let value: unknown = record;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' ? value : null;
}
