import { useState } from 'preact/hooks';
import { splitNames } from '../../../core/mesas';
import type { Mesa } from '../../../core/model/types';
import { describeError } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import { useAutoFocus } from '../../components/use-auto-focus';
import { useT } from '../../i18n';
import { addMesa, deleteMesa, isEditConflict, restoreMesa, updateMesa } from '../../store';
import '../../styles/mesas.css';

interface MesaDraft {
  name: string;
  room: string;
  moderator: string;
  rapporteurs: string;
}

const BLANK: MesaDraft = { name: '', room: '', moderator: '', rapporteurs: '' };
const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
const toDraft = (m: Mesa): MesaDraft => ({ name: m.name, room: m.room, moderator: m.moderator, rapporteurs: m.rapporteurs.join('\n') });
const fromDraft = (d: MesaDraft) => ({
  name: tidy(d.name),
  room: tidy(d.room),
  moderator: tidy(d.moderator),
  rapporteurs: splitNames(d.rapporteurs),
});

/** The event's mesas (working tables): add, edit in place, remove (with undo). */
export function MesaList({ eventId, mesas }: { eventId: string; mesas: readonly Mesa[] }) {
  const t = useT();
  const { notify } = useNotices();
  // `opened`: the mesa as it was when editing started, so a change made meanwhile elsewhere is never overwritten unseen.
  const [editing, setEditing] = useState<Mesa | null>(null);
  const [adding, setAdding] = useState(false);
  const guard = (work: () => Promise<unknown>) =>
    void work().catch((err: unknown) => notify({ kind: 'error', text: describeError(err, t) }));

  const saveEdit = (opened: Mesa, draft: MesaDraft) =>
    guard(async () => {
      try {
        await updateMesa(opened.id, fromDraft(draft), { expectedUpdatedAt: opened.updatedAt, base: opened });
        setEditing(null);
      } catch (err) {
        if (!isEditConflict<Mesa>(err)) throw err;
        notify({ kind: 'error', text: t('mesas.changedMeanwhile') });
        setEditing(err.current);
      }
    });

  return (
    <section class="panel" aria-labelledby="mesas-title" data-testid="mesa-list">
      <h2 id="mesas-title">{t('mesas.title')}</h2>
      <p class="hint">{t('mesas.intro')}</p>
      {mesas.length === 0 && <p class="empty">{t('mesas.none')}</p>}
      <ul class="mesa-list">
        {mesas.map((m) => (
          <li key={m.id} class="mesa-item">
            {editing?.id === m.id ? (
              <MesaForm
                key={editing.updatedAt}
                idPrefix={`mesa-${m.id}`}
                initial={toDraft(editing)}
                submitLabel={t('mesas.save')}
                onSubmit={(draft) => saveEdit(editing, draft)}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <h3 class="mesa-name">{m.name}</h3>
                <p class="mesa-facts">
                  {[
                    m.room && t('mesas.roomShown', { room: m.room }),
                    m.moderator && t('mesas.moderatorShown', { name: m.moderator }),
                    m.rapporteurs.length > 0 && t('mesas.rapporteursShown', { names: m.rapporteurs.join(', ') }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <div class="toolbar">
                  <button
                    type="button"
                    class="button button-small"
                    aria-label={t('mesas.editLabel', { name: m.name })}
                    onClick={() => setEditing(m)}
                  >
                    {t('mesas.edit')}
                  </button>
                  <button
                    type="button"
                    class="button button-small button-danger"
                    aria-label={t('mesas.removeLabel', { name: m.name })}
                    onClick={() =>
                      guard(async () => {
                        await deleteMesa(m.id);
                        notify({
                          kind: 'info',
                          text: t('mesas.removed', { name: m.name }),
                          action: { label: t('library.undo'), run: () => guard(() => restoreMesa(m.id)) },
                        });
                      })
                    }
                  >
                    {t('mesas.remove')}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {adding ? (
        <MesaForm
          idPrefix="mesa-new"
          initial={BLANK}
          submitLabel={t('mesas.addSubmit')}
          onSubmit={(draft) =>
            guard(async () => {
              await addMesa(eventId, fromDraft(draft));
              setAdding(false);
            })
          }
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" class="button" onClick={() => setAdding(true)}>
          {t('mesas.add')}
        </button>
      )}
    </section>
  );
}

interface FormProps {
  idPrefix: string;
  initial: MesaDraft;
  submitLabel: string;
  onSubmit: (draft: MesaDraft) => void;
  onCancel: () => void;
}

/** One mesa's fields; Escape cancels. A mesa needs a name. */
function MesaForm({ idPrefix, initial, submitLabel, onSubmit, onCancel }: FormProps) {
  const t = useT();
  const [draft, setDraft] = useState(initial);
  const [missingName, setMissingName] = useState(false);
  const nameRef = useAutoFocus<HTMLInputElement>();
  const field = (key: keyof MesaDraft) => ({
    id: `${idPrefix}-${key}`,
    value: draft[key],
    onInput: (e: Event) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value }),
  });
  return (
    <form
      class="mesa-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        if (!tidy(draft.name)) {
          setMissingName(true);
          nameRef.current?.focus();
          return;
        }
        onSubmit(draft);
      }}
    >
      <div class="mesa-fields">
        <label class="field" for={`${idPrefix}-name`}>
          <span>{t('mesas.name')}</span>
          <input
            ref={nameRef}
            {...field('name')}
            aria-invalid={missingName || undefined}
            aria-describedby={missingName ? `${idPrefix}-name-error` : undefined}
          />
        </label>
        <label class="field" for={`${idPrefix}-room`}>
          <span>{t('mesas.room')}</span>
          <input {...field('room')} />
        </label>
        <label class="field" for={`${idPrefix}-moderator`}>
          <span>{t('mesas.moderator')}</span>
          <input {...field('moderator')} />
        </label>
        <label class="field" for={`${idPrefix}-rapporteurs`}>
          <span>{t('mesas.rapporteurs')}</span>
          <textarea rows={2} {...field('rapporteurs')} aria-describedby={`${idPrefix}-rapporteurs-hint`} />
          <small id={`${idPrefix}-rapporteurs-hint`} class="hint">
            {t('mesas.rapporteursHint')}
          </small>
        </label>
      </div>
      {missingName && (
        <p id={`${idPrefix}-name-error`} class="field-error" role="alert">
          {t('mesas.nameRequired')}
        </p>
      )}
      <div class="toolbar">
        <button type="submit" class="button button-primary button-small">
          {submitLabel}
        </button>
        <button type="button" class="button button-small" onClick={onCancel}>
          {t('mesas.cancel')}
        </button>
      </div>
    </form>
  );
}
