import { useState } from 'preact/hooks';
import type { MergeConflict } from '../../../core/merge';
import { formatWhen } from '../../autosave/describe-draft';
import { describeError } from '../../app/errors';
import { useT } from '../../i18n';
import { isEditConflict, resolveMergeConflict } from '../../store';
import '../../styles/autosave.css';
import '../../styles/merge.css';

interface Props {
  title: string;
  conflicts: readonly MergeConflict[];
  onClose: () => void;
}

/**
 * The texts a merge kept from one version while another held something else: each one with both
 * versions, to leave as merged, take the other, or combine by hand. A choice is saved as a guarded
 * edit, so a change made since the merge is never overwritten.
 */
export function MergeReview({ title, conflicts, onClose }: Props) {
  const t = useT();
  const [done, setDone] = useState<ReadonlySet<number>>(new Set());
  const open = conflicts.map((c, i) => [c, i] as const).filter(([, i]) => !done.has(i));
  const finish = (i: number) => setDone((d) => new Set(d).add(i));
  return (
    <section class="panel merge-review" aria-labelledby="merge-review-title" data-testid="merge-review">
      <h2 id="merge-review-title">{t('merge.reviewTitle', { title })}</h2>
      {open.length === 0 ? (
        <p role="status">{t('merge.reviewDone')}</p>
      ) : (
        <>
          <p class="merge-hint">{t('merge.reviewHint')}</p>
          <ol class="merge-conflicts">
            {open.map(([conflict, i]) => (
              <ConflictItem key={i} index={i} conflict={conflict} onDone={() => finish(i)} />
            ))}
          </ol>
        </>
      )}
      <button type="button" class="button" onClick={onClose}>
        {t('merge.reviewClose')}
      </button>
    </section>
  );
}

function ConflictItem({ index, conflict, onDone }: { index: number; conflict: MergeConflict; onDone: () => void }) {
  const t = useT();
  const [combined, setCombined] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = `merge-conflict-${index}`;
  const fields = t('merge.fields', { returnObjects: true }) as Record<string, string>;
  const field = fields[conflict.field] ?? conflict.field;
  const choose = async (value: string) => {
    try {
      if (value !== conflict.kept.value) await resolveMergeConflict(conflict, value);
      onDone();
    } catch (error) {
      setProblem(isEditConflict(error) ? t('merge.changedMeanwhile') : describeError(error, t));
    }
  };
  const version = (side: 'kept' | 'lost') => {
    const v = conflict[side];
    return (
      <div class="conflict-version" data-testid={`merge-${side}`}>
        <h4>
          {t(`merge.${side}`, { time: formatWhen(v.updatedAt) })}
          {v.deleted && ` — ${t('merge.inBin')}`}
        </h4>
        <p class="conflict-text">{v.value || t('merge.empty')}</p>
      </div>
    );
  };
  return (
    <li class="conflict-choice merge-conflict" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} class="conflict-title">
        {t(`merge.kinds.${conflict.kind}`)} — {field}
      </h3>
      <div class="conflict-versions">
        {version('kept')}
        {version('lost')}
      </div>
      {combined === null ? (
        <div class="toolbar">
          <button type="button" class="button button-small" onClick={() => void choose(conflict.kept.value)}>
            {t('merge.keepKept')}
          </button>
          <button type="button" class="button button-small" onClick={() => void choose(conflict.lost.value)}>
            {t('merge.useLost')}
          </button>
          <button type="button" class="button button-small" onClick={() => setCombined(`${conflict.kept.value}\n\n${conflict.lost.value}`)}>
            {t('merge.combine')}
          </button>
        </div>
      ) : (
        <form
          class="merge-combine"
          onSubmit={(e) => {
            e.preventDefault();
            void choose(combined);
          }}
        >
          <label for={`${id}-text`}>{t('merge.combined')}</label>
          <textarea id={`${id}-text`} rows={4} value={combined} onInput={(e) => setCombined(e.currentTarget.value)} />
          <div class="toolbar">
            <button type="submit" class="button button-small button-primary">
              {t('merge.save')}
            </button>
            <button type="button" class="button button-small" onClick={() => setCombined(null)}>
              {t('merge.cancel')}
            </button>
          </div>
        </form>
      )}
      {problem && (
        <p class="save-problem" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}
