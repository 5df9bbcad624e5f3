import { useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n';

interface Props {
  label: string;
  initialText: string;
  initialBlock: string;
  onSave: (text: string, block: string) => void;
  /** Splits at the caret; absent for a new question. */
  onSplitAt?: (text: string, block: string, at: number) => void;
  onCancel: () => void;
}

/** Edits one question's text and block; Enter saves, Escape cancels, Shift+Enter is a line break. */
export function QuestionEditor({ label, initialText, initialBlock, onSave, onSplitAt, onCancel }: Props) {
  const t = useT();
  const [text, setText] = useState(initialText);
  const [block, setBlock] = useState(initialBlock);
  const area = useRef<HTMLTextAreaElement>(null);
  return (
    <form
      class="question-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(text, block);
      }}
    >
      <label class="field">
        <span>{label}</span>
        <textarea
          ref={area}
          rows={3}
          value={text}
          autofocus
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              onSave(text, block);
            }
            if (e.key === 'Escape') onCancel();
          }}
        />
      </label>
      <label class="field field-inline">
        <span>{t('setup.block')}</span>
        <input value={block} onInput={(e) => setBlock((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <div class="toolbar">
        <button type="submit" class="button button-primary button-small">
          {t('setup.saveQuestion')}
        </button>
        {onSplitAt && (
          <button
            type="button"
            class="button button-small"
            onClick={() => onSplitAt(text, block, area.current?.selectionStart ?? text.length)}
          >
            {t('setup.splitAtCaret')}
          </button>
        )}
        <button type="button" class="button button-small" onClick={onCancel}>
          {t('setup.cancel')}
        </button>
      </div>
    </form>
  );
}
