/**
 * An undo/redo history of immutable states: every change the user makes becomes a step they
 * can take back, until the work is saved and the history is dropped.
 */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
}

export type HistoryAction<T> =
  /** A user's change: the present goes to the past, redo is no longer possible. */
  | { type: 'apply'; next: T }
  | { type: 'undo' }
  | { type: 'redo' }
  /** Not a user's change (e.g. the draft following the pasted text): replaces the present, keeps the steps. */
  | { type: 'replace'; present: T }
  /** Starts over with no steps. */
  | { type: 'reset'; present: T };

/** How many steps back are kept; older ones are dropped so a long session stays light. */
const HISTORY_LIMIT = 200;

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

export function historyReducer<T>(history: History<T>, action: HistoryAction<T>, limit = HISTORY_LIMIT): History<T> {
  switch (action.type) {
    case 'apply': {
      // Operations return the same object when nothing changed: that is not a step.
      if (action.next === history.present) return history;
      const past = [...history.past, history.present];
      return { past: past.length > limit ? past.slice(past.length - limit) : past, present: action.next, future: [] };
    }
    case 'undo': {
      const previous = history.past[history.past.length - 1];
      if (previous === undefined) return history;
      return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
    }
    case 'redo': {
      const [next, ...future] = history.future;
      if (next === undefined) return history;
      return { past: [...history.past, history.present], present: next, future };
    }
    case 'replace':
      return action.present === history.present ? history : { ...history, present: action.present };
    case 'reset':
      return startHistory(action.present);
  }
}

export const canUndo = (h: History<unknown>): boolean => h.past.length > 0;
export const canRedo = (h: History<unknown>): boolean => h.future.length > 0;
