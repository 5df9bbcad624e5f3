import { useRef } from 'preact/hooks';
import type { GuidingQuestion } from '../../../core/model/types';
import { useT } from '../../i18n';

interface SelectionBarProps {
  count: number;
  questions: readonly GuidingQuestion[];
  onMove: (questionId: string | null) => void;
  onTag: (tag: string) => void;
  /** Into the bin, all at once (one Ctrl+Z brings them all back). */
  onDelete: () => void;
  onClear: () => void;
}

/** Actions on several selected notes at once: move, tag or delete them. */
export function SelectionBar({ count, questions, onMove, onTag, onDelete, onClear }: SelectionBarProps) {
  const t = useT();
  const target = useRef<HTMLSelectElement>(null);
  const tag = useRef<HTMLInputElement>(null);
  return (
    <div class="selection-bar" role="group" aria-label={t('capture.selection.count', { count })}>
      <strong>{t('capture.selection.count', { count })}</strong>
      <label>
        <span>{t('capture.selection.moveTo')}</span>
        <select ref={target}>
          {questions.map((q) => (
            <option key={q.id} value={q.id}>
              {`${q.order + 1}. ${q.text.slice(0, 60)}`}
            </option>
          ))}
          <option value="">{t('capture.rail.general')}</option>
        </select>
      </label>
      <button type="button" class="button button-small" onClick={() => onMove(target.current?.value || null)}>
        {t('capture.selection.move')}
      </button>
      <label>
        <span>{t('capture.selection.tag')}</span>
        <input ref={tag} size={12} />
      </label>
      <button
        type="button"
        class="button button-small"
        onClick={() => {
          if (tag.current?.value.trim()) onTag(tag.current.value);
          if (tag.current) tag.current.value = '';
        }}
      >
        {t('capture.selection.addTag')}
      </button>
      <button type="button" class="button button-small button-danger" onClick={onDelete}>
        {t('capture.selection.delete')}
      </button>
      <button type="button" class="button button-small" onClick={onClear}>
        {t('capture.selection.clear')}
      </button>
    </div>
  );
}
