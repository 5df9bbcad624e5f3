import { decideEdit, nextUpdatedAt, sameValue } from '../model/edit-guard';
import { blankNoteContent, touch } from '../model/factories';
import { toIso } from '../model/ids';
import type { IsoInstant, Note } from '../model/types';

/**
 * A change to one note described as data: the fields to set, and `deleted` to move it into or out
 * of the bin. The capture history keeps one patch to undo and one to redo each action, and the
 * store applies them; nothing here reads a clock or a database.
 */

/** The fields of a note a capture action can change (creation data and ids never change). */
export const PATCH_FIELDS = ['text', 'kind', 'speakerId', 'questionId', 'tags', 'starred', 'action', 'editedAt'] as const;
export type PatchField = (typeof PATCH_FIELDS)[number];

export type NotePatch = Partial<Pick<Note, PatchField>> & {
  /** true: into the bin (deletedAt = now); false: out of it. */
  deleted?: boolean;
};

/** What a user did, in the words undo and redo announce. */
export type ChangeKind = 'add' | 'edit' | 'delete' | 'restore' | 'move' | 'star' | 'unstar' | 'kind' | 'speaker' | 'tag';

/**
 * A purged note: emptied from the bin, it stays as a tombstone (its id, event and times, deleted,
 * every content field blank) so that a later merge of event files sees a deletion, not a note it
 * has never seen. A note can only be saved with text, so a deleted note without text is a tombstone.
 */
export function isTombstone(note: Pick<Note, 'deletedAt' | 'text'>): boolean {
  return note.deletedAt !== null && note.text === '';
}

/** The tombstone of a deleted note: everything the user wrote is gone; `updatedAt` moves so a merge keeps the purge. */
export function tombstone(note: Note, nowMs: number): Note {
  const at = nextUpdatedAt(note.updatedAt, nowMs);
  return {
    ...note,
    ...blankNoteContent(),
    text: '',
    deletedAt: note.deletedAt ?? at,
    updatedAt: at,
  };
}

/**
 * The note after `patch`, stamped `nowMs`; the same object when the patch changes nothing. A new
 * text marks the note edited, unless the patch says what `editedAt` must be (an undo restores it).
 */
export function applyPatch(note: Note, patch: NotePatch, nowMs: number): Note {
  const fields: Partial<Note> = {};
  for (const field of PATCH_FIELDS) {
    if (field in patch && !sameValue(patch[field], note[field])) Object.assign(fields, { [field]: patch[field] });
  }
  if (fields.text !== undefined && !('editedAt' in patch)) fields.editedAt = toIso(nowMs);
  const bin = patch.deleted === undefined || (note.deletedAt !== null) === patch.deleted ? null : patch.deleted;
  if (Object.keys(fields).length === 0 && bin === null) return note;
  const next = touch(note, fields, nowMs);
  // Into the bin at the same instant as the change, so deletedAt and updatedAt agree as softDelete's do.
  return bin === null ? next : { ...next, deletedAt: bin ? next.updatedAt : null };
}

/** The patches that take `before` to `after` and back; null when they do not differ. */
export function diffNotes(before: Note, after: Note): { undo: NotePatch; redo: NotePatch } | null {
  const undo: NotePatch = {};
  const redo: NotePatch = {};
  for (const field of PATCH_FIELDS) {
    if (!sameValue(before[field], after[field])) {
      Object.assign(undo, { [field]: before[field] });
      Object.assign(redo, { [field]: after[field] });
    }
  }
  if ((before.deletedAt === null) !== (after.deletedAt === null)) {
    undo.deleted = before.deletedAt !== null;
    redo.deleted = after.deletedAt !== null;
  }
  return Object.keys(redo).length === 0 ? null : { undo, redo };
}

/**
 * The words for an edit, from what it changed: a change of question alone is a move, of kind
 * alone (with its action item) a change of kind, and so on; several things at once are an edit.
 */
export function classifyPatch(redo: NotePatch): ChangeKind {
  const fields = Object.keys(redo).filter((f) => f !== 'editedAt');
  if (fields.includes('kind') && fields.every((f) => f === 'kind' || f === 'action')) return 'kind';
  switch (fields.length === 1 ? fields[0] : null) {
    case 'deleted':
      return redo.deleted ? 'delete' : 'restore';
    case 'questionId':
      return 'move';
    case 'speakerId':
      return 'speaker';
    case 'tags':
      return 'tag';
    case 'starred':
      return redo.starred ? 'star' : 'unstar';
    default:
      return 'edit';
  }
}

/** What a guarded writer knew of the note: its `updatedAt`, and the values it last saw in the fields it changes. */
export interface PatchGuard {
  expectedUpdatedAt: IsoInstant;
  base: NotePatch;
}

export type PatchDecision =
  | { kind: 'apply'; patch: NotePatch }
  | { kind: 'unchanged' }
  /** Someone else changed what this patch changes (or the note was purged): write nothing, tell the user. */
  | { kind: 'conflict'; fields: string[] };

/**
 * Whether `patch` may be written over `current`, as the store's guarded edits decide it (decideEdit):
 * a field changed elsewhere since the writer saw it is a conflict, other fields changed elsewhere
 * are kept. Moving into or out of the bin never conflicts by itself: the note is either already
 * there or not. A purged note (a tombstone) is never written again.
 */
export function decidePatch(current: Note, patch: NotePatch, guard?: PatchGuard): PatchDecision {
  if (isTombstone(current)) return { kind: 'conflict', fields: ['deletedAt'] };
  const { deleted, ...fields } = patch;
  const { deleted: _baseDeleted, ...baseFields } = guard?.base ?? {};
  // A patch that does not move the note in or out of the bin was made on a live note: if it was
  // deleted elsewhere since, decideEdit reports it.
  const base = deleted === undefined ? { ...baseFields, deletedAt: null } : baseFields;
  const decision = decideEdit<Note>(current, fields, guard && { expectedUpdatedAt: guard.expectedUpdatedAt, base });
  if (decision.kind === 'conflict') return { kind: 'conflict', fields: decision.fields };
  if (decision.kind === 'missing') return { kind: 'conflict', fields: ['id'] };
  const next: NotePatch = decision.kind === 'apply' ? { ...(decision.changes as NotePatch) } : {};
  // A restored text takes its own edit time with it, even when that time happens to match already.
  if ('text' in next && 'editedAt' in patch) next.editedAt = patch.editedAt;
  if (deleted !== undefined && (current.deletedAt !== null) !== deleted) next.deleted = deleted;
  return Object.keys(next).length === 0 ? { kind: 'unchanged' } : { kind: 'apply', patch: next };
}
