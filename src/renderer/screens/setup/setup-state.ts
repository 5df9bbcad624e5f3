import type { ExtractedQuestion } from '../../../core/program';
import {
  EMPTY_DRAFT,
  historyReducer,
  questionsFromExtraction,
  setQuestions,
  startHistory,
  type History,
  type HistoryAction,
  type NewKey,
  type SetupDraft,
} from '../../../core/setup';

/**
 * The setup screen's draft with its undo history. Until the user changes the questions, the
 * list follows the pasted text (not an undoable step); after that, the text no longer
 * overwrites their work.
 */
export interface SetupState {
  history: History<SetupDraft>;
  followsSource: boolean;
}

export type SetupAction =
  | { type: 'change'; change: (draft: SetupDraft) => SetupDraft }
  | { type: 'extracted'; questions: readonly ExtractedQuestion[]; newKey: NewKey }
  | { type: 'reextract'; questions: readonly ExtractedQuestion[]; newKey: NewKey }
  | { type: 'restore'; draft: SetupDraft; followsSource: boolean }
  | { type: 'undo' }
  | { type: 'redo' };

export const initialSetupState = (): SetupState => ({ history: startHistory(EMPTY_DRAFT), followsSource: true });

export function setupReducer(state: SetupState, action: SetupAction): SetupState {
  const step = (a: HistoryAction<SetupDraft>) => historyReducer(state.history, a);
  switch (action.type) {
    case 'change': {
      const next = action.change(state.history.present);
      const history = step({ type: 'apply', next });
      if (history === state.history) return state;
      const questionsChanged = next.questions !== state.history.present.questions;
      return { history, followsSource: state.followsSource && !questionsChanged };
    }
    case 'extracted': {
      if (!state.followsSource) return state;
      const present = setQuestions(state.history.present, questionsFromExtraction(action.questions, action.newKey));
      return { ...state, history: step({ type: 'replace', present }) };
    }
    case 'reextract': {
      const next = setQuestions(state.history.present, questionsFromExtraction(action.questions, action.newKey));
      return { ...state, history: step({ type: 'apply', next }) };
    }
    case 'restore':
      // A draft brought back from the store (or a discarded one) starts a fresh history.
      return { history: startHistory(action.draft), followsSource: action.followsSource };
    case 'undo':
    case 'redo':
      return { ...state, history: step(action) };
  }
}
