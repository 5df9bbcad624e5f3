import type { ComponentChildren } from 'preact';
import type { GuidingQuestion } from '../../../core/model/types';
import { useT } from '../../i18n';
import type { Slot } from './selection';

/**
 * The guiding questions, the current one marked; plus general notes and "all questions". Numbers are
 * the questions' places in the event, so a mesa's rapporteur and the coordinator say the same number.
 */
export function QuestionRail({
  questions,
  slot,
  onSelect,
  children,
}: {
  questions: readonly GuidingQuestion[];
  slot: Slot;
  onSelect: (slot: Slot) => void;
  /** Above the list: the mesa the rapporteur writes in. */
  children?: ComponentChildren;
}) {
  const t = useT();
  const item = (key: Slot, label: string, number: string | null) => (
    <li key={key}>
      <button
        type="button"
        class="rail-item"
        title={number ? label : undefined}
        aria-current={slot === key ? 'true' : undefined}
        onClick={() => onSelect(key)}
      >
        {number && <span class="rail-number">{number}</span>}
        <span class="rail-text">{label}</span>
      </button>
    </li>
  );
  return (
    <nav class="question-rail" aria-label={t('capture.rail.label')}>
      {children}
      <h2 class="rail-title">{t('capture.rail.label')}</h2>
      <ol class="rail-list">{questions.map((q) => item(q.id, q.text, String(q.order + 1)))}</ol>
      <ul class="rail-list rail-extra">
        {item('general', t('capture.rail.general'), null)}
        {item('all', t('capture.rail.all'), null)}
      </ul>
      <p class="rail-hint">{t('capture.rail.hint')}</p>
    </nav>
  );
}
