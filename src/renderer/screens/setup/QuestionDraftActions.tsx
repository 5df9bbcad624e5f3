import { naturalSplitPoint } from '../../../core/setup';

/** The toolbar's words, translated once for the whole list (a long list renders over a thousand buttons). */
export interface DraftActionWords {
  edit: string;
  split: string;
  mergeNext: string;
  moveUp: string;
  moveDown: string;
  insertAfter: string;
  delete: string;
}

export type DraftAction = 'edit' | 'split' | 'merge' | 'up' | 'down' | 'insert' | 'delete';

interface Props {
  words: DraftActionWords;
  /** "Pregunta 3": names the group and, after each verb, every button, so a screen reader says which question. */
  label: string;
  text: string;
  first: boolean;
  last: boolean;
  onAction: (action: DraftAction) => void;
}

/** One draft question's buttons; `data-action` is how the list puts focus back on the button just used. */
export function QuestionDraftActions({ words, label, text, first, last, onAction }: Props) {
  const buttons: { action: DraftAction; verb: string; shown: string; disabled?: boolean; danger?: boolean }[] = [
    { action: 'edit', verb: words.edit, shown: words.edit },
    { action: 'split', verb: words.split, shown: words.split, disabled: naturalSplitPoint(text) === null },
    { action: 'merge', verb: words.mergeNext, shown: words.mergeNext, disabled: last },
    { action: 'up', verb: words.moveUp, shown: '↑', disabled: first },
    { action: 'down', verb: words.moveDown, shown: '↓', disabled: last },
    { action: 'insert', verb: words.insertAfter, shown: '+' },
    { action: 'delete', verb: words.delete, shown: words.delete, danger: true },
  ];
  return (
    <div class="toolbar" role="group" aria-label={label}>
      {buttons.map(({ action, verb, shown, disabled, danger }) => (
        <button
          key={action}
          type="button"
          class={danger ? 'button button-small button-danger' : 'button button-small'}
          data-action={action}
          aria-label={`${verb}: ${label}`}
          disabled={disabled}
          onClick={() => onAction(action)}
        >
          {shown}
        </button>
      ))}
    </div>
  );
}
