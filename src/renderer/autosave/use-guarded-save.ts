import { useRef, useState } from 'preact/hooks';
import { sameValue, type EditGuard } from '../../core/model/edit-guard';
import type { Stamped } from '../../core/model/types';
import { isEditConflict } from '../store';

export interface EditConflictView<T> {
  /** The record as another tab or window saved it. */
  theirs: T;
  /** What the user tried to save. */
  mine: Partial<T>;
  /** The fields changed on both sides. */
  fields: readonly string[];
}

/**
 * An editor's save, guarded by the record as the editor opened it: when another tab or window
 * changed the same fields meanwhile, the save is refused and `conflict` holds both versions until
 * the user keeps theirs (the caller closes the editor), keeps their own (only the fields they
 * changed, written over the other version) or combines by hand (the editor then builds on the
 * other version). `persist` rejects with the store's EditConflictError.
 */
export function useGuardedSave<T extends Stamped>(opened: T, persist: (changes: Partial<T>, guard: EditGuard<T>) => Promise<unknown>) {
  const base = useRef(opened);
  const [conflict, setConflict] = useState<EditConflictView<T> | null>(null);

  const save = async (changes: Partial<T>): Promise<void> => {
    try {
      await persist(changes, { expectedUpdatedAt: base.current.updatedAt, base: base.current });
      setConflict(null);
    } catch (error) {
      if (!isEditConflict<T>(error)) throw error;
      setConflict({ theirs: error.current, mine: changes, fields: error.fields });
    }
  };

  return {
    conflict,
    save,
    keepMine: async () => {
      if (!conflict) return;
      const mine = Object.fromEntries(
        Object.entries(conflict.mine).filter(([k, v]) => !sameValue(v, base.current[k as keyof T])),
      ) as Partial<T>;
      // Deleted meanwhile: keeping mine brings the record back.
      if (conflict.theirs.deletedAt !== null) mine.deletedAt = null;
      base.current = conflict.theirs;
      await save(mine);
    },
    rebase: () => {
      if (!conflict) return;
      base.current = conflict.theirs;
      setConflict(null);
    },
  };
}
