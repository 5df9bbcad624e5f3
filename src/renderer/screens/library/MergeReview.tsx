import { useEffect, useRef, useState } from 'preact/hooks';
import { formatWhen } from '../../autosave/describe-draft';
import { describeError } from '../../app/errors';
import { useT } from '../../i18n';
import {
  dismissMergeConflict,
  isEditConflict,
  liveMergeConflicts,
  resolveMergeConflict,
  useLiveQuery,
  type PendingMergeConflict,
} from '../../store';
import '../../styles/autosave.css';
import '../../styles/merge.css';

interface Props {
  eventId: string;
  title: string;
  onClose: () => void;
}

/**
 * The texts merges kept from one version while another held something else, as stored with the
 * event until each is reviewed: both versions, to leave as merged, take the other, or combine by
 * hand. A choice is saved as a guarded edit, so a change made since the merge is never overwritten.
 */
export function MergeReview({ eventId, title, onClose }: Props) {
  const t = useT();
  const open = useLiveQuery(() => liveMergeConflicts(eventId), [eventId], undefined);
  // Opened from an event's card further down the list: the review comes into view with the focus on it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'nearest' });
    heading.current?.focus({ preventScroll: true });
  }, [eventId]);
  return (
    <section class="panel merge-review" aria-labelledby="merge-review-title" data-testid="merge-review">
      <h2 id="merge-review-title" ref={heading} tabIndex={-1}>
        {t('merge.reviewTitle', { title })}
      </h2>
      {open === undefined ? (
        <p>{t('app.loading')}</p>
      ) : open.length === 0 ? (
        <p role="status">{t('merge.reviewDone')}</p>
      ) : (
        <>
          <p class="merge-hint">{t('merge.reviewHint')}</p>
          <ol class="merge-conflicts">
            {open.map((pending) => (
              <ConflictItem key={pending.id} pending={pending} />
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

function ConflictItem({ pending }: { pending: PendingMergeConflict }) {
  const t = useT();
  const { conflict } = pending;
  const [combined, setCombined] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const id = `merge-conflict-${pending.id}`;
  const fields = t('merge.fields', { returnObjects: true }) as Record<string, string>;
  const field = fields[conflict.field] ?? conflict.field;
  // Once saved (or let go) the conflict leaves the store, and with it this item.
  const choose = async (value: string) => {
    try {
      if (value === conflict.kept.value) await dismissMergeConflict(pending.id);
      else await resolveMergeConflict(pending.id, value);
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
