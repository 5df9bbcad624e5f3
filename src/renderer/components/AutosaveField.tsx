import { useRef } from 'preact/hooks';
import { describeError } from '../app/errors';
import { describeOrigin } from '../autosave/describe-draft';
import { useFieldAutosave, type FieldAutosaveOptions } from '../autosave/use-field-autosave';
import { useInSync } from './sync/use-sync-status';
import { ConflictChoice } from './ConflictChoice';
import { DraftOffers } from './DraftOffers';
import { useT } from '../i18n';
import '../styles/autosave.css';

interface AutosaveFieldProps extends Omit<FieldAutosaveOptions, 'area'> {
  id: string;
  label: string;
  rows?: number;
}

/**
 * A text area saved on its own while the user types (see useFieldAutosave), showing "Guardado",
 * a failed save in words, unsaved text left by closed tabs, and the choice when another tab or
 * window changed the same text.
 */
export function AutosaveField({ id, label, rows = 5, ...options }: AutosaveFieldProps) {
  const t = useT();
  const area = useRef<HTMLTextAreaElement>(null);
  // In live sync, others' words come into the box as they are written (merged), not as a choice.
  const merge = useInSync(options.eventId);
  const field = useFieldAutosave({ ...options, area, merge });
  const { status, conflict } = field;
  return (
    <div class="field autosave-field">
      <label for={id}>{label}</label>
      <DraftOffers offers={field.offers} onTake={field.take} onDiscard={field.discard} />
      <textarea
        id={id}
        ref={area}
        rows={rows}
        defaultValue={options.stored.text}
        aria-describedby={`${id}-status`}
        onInput={field.onInput}
        onBlur={field.onBlur}
      />
      {conflict && (
        <ConflictChoice
          id={`${id}-conflict`}
          rows={[{ mine: field.mine(), theirs: conflict.theirs.text }]}
          theirsAt={conflict.theirs.updatedAt}
          onKeepMine={field.keepMine}
          onKeepTheirs={field.keepTheirs}
          onCombine={field.combine}
        />
      )}
      {field.restored && <p class="autosave-restored">{t('autosave.restored', { origin: describeOrigin(field.restored, t) })}</p>}
      <span id={`${id}-status`} class={`autosave-status autosave-${status}`}>
        {conflict || status === 'idle' || status === 'failed' ? '' : t(`capture.synthesis.${status}`)}
      </span>
      {field.failure !== null && !conflict && (
        <p class="save-problem" role="alert">
          {t('autosave.fieldFailed', { reason: describeError(field.failure, t) })}
        </p>
      )}
    </div>
  );
}
