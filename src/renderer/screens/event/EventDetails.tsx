import { useState } from 'preact/hooks';
import { useGuardedSave } from '../../autosave/use-guarded-save';
import { ConflictChoice, type ConflictRow } from '../../components/ConflictChoice';
import { useNotices } from '../../components/Notices';
import { TimeZoneField } from '../../components/TimeZoneField';
import { describeError } from '../../app/errors';
import { formatEventDate } from '../../app/format';
import { useT, type MessageKey } from '../../i18n';
import { updateEvent } from '../../store';
import type { RelatorEvent } from '../../../core/model/types';
import { canonicalTimeZone } from '../../../core/setup/time-zones';

type Draft = Pick<RelatorEvent, 'title' | 'subtitle' | 'place' | 'date' | 'startTime' | 'timeZone' | 'rapporteur'> & {
  organisers: string;
  objectives: string;
};

const toDraft = (e: RelatorEvent): Draft => ({
  title: e.title,
  subtitle: e.subtitle,
  place: e.place,
  date: e.date,
  startTime: e.startTime,
  timeZone: e.timeZone,
  rapporteur: e.rapporteur,
  organisers: e.organisers.join('\n'),
  objectives: e.objectives.join('\n\n'),
});

const lines = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

const fromDraft = (draft: Draft): Partial<RelatorEvent> => ({
  ...draft,
  title: draft.title.trim(),
  organisers: lines(draft.organisers, /\n/),
  objectives: lines(draft.objectives, /\n\s*\n/),
});

/** The event's data, shown as a description list and edited in place. */
export function EventDetails({ event }: { event: RelatorEvent }) {
  const [editing, setEditing] = useState<RelatorEvent | null>(null);
  // Keyed by the opened version: each edit starts from what was on screen when "Edit" was pressed.
  return editing ? (
    <EventDetailsForm key={editing.updatedAt} opened={editing} onClose={() => setEditing(null)} />
  ) : (
    <EventDetailsView event={event} onEdit={() => setEditing(event)} />
  );
}

/**
 * The form: saved guarded by the event as it was opened, so data changed meanwhile in another tab
 * or window is shown next to the user's and never overwritten without their choice.
 */
function EventDetailsForm({ opened, onClose }: { opened: RelatorEvent; onClose: () => void }) {
  const t = useT();
  const { notify } = useNotices();
  const [draft, setDraft] = useState<Draft>(() => toDraft(opened));
  const [zoneInvalid, setZoneInvalid] = useState(false);
  const guarded = useGuardedSave(opened, async (changes, guard) => {
    await updateEvent(opened.id, changes, guard);
    onClose();
    notify({ kind: 'info', text: t('event.saved') });
  });

  const save = async (e: Event) => {
    e.preventDefault();
    const timeZone = canonicalTimeZone(draft.timeZone);
    if (timeZone === null) {
      setZoneInvalid(true);
      (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[name="timeZone"]')?.focus();
      return;
    }
    try {
      await guarded.save({ ...fromDraft(draft), timeZone });
    } catch (err) {
      notify({ kind: 'error', text: describeError(err, t) });
    }
  };
  const conflictRows = (): ConflictRow[] => {
    const c = guarded.conflict!;
    const mine = toDraft({ ...c.theirs, ...c.mine });
    const theirs = toDraft(c.theirs);
    return (Object.keys(FIELD_LABELS) as (keyof Draft)[])
      .filter((k) => c.fields.includes(k))
      .map((k) => ({ label: t(FIELD_LABELS[k]), mine: mine[k], theirs: theirs[k] }));
  };

  const field = (key: keyof Draft, label: string, type: 'text' | 'date' | 'time' = 'text', multiline = false) => (
    <label class="field">
      <span>{label}</span>
      {multiline ? (
        <textarea
          name={key}
          rows={4}
          value={draft[key]}
          onInput={(e) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLTextAreaElement).value })}
        />
      ) : (
        <input
          name={key}
          // Preact's input typings split by type; a union of types is still a valid input.
          type={type as 'text'}
          value={draft[key]}
          onInput={(e) => setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value })}
        />
      )}
    </label>
  );
  return (
    <form class="panel event-form" onSubmit={(e) => void save(e)} aria-labelledby="details-title">
      <h2 id="details-title">{t('event.data')}</h2>
      {field('title', t(FIELD_LABELS.title))}
      {field('subtitle', t(FIELD_LABELS.subtitle))}
      {field('date', t(FIELD_LABELS.date), 'date')}
      {field('startTime', t(FIELD_LABELS.startTime), 'time')}
      {field('place', t(FIELD_LABELS.place))}
      <TimeZoneField
        idPrefix="event-details"
        value={draft.timeZone}
        invalid={zoneInvalid}
        onChange={(timeZone) => {
          setZoneInvalid(false);
          setDraft({ ...draft, timeZone });
        }}
      />
      {field('rapporteur', t(FIELD_LABELS.rapporteur))}
      {field('organisers', t(FIELD_LABELS.organisers), 'text', true)}
      {field('objectives', t(FIELD_LABELS.objectives), 'text', true)}
      {guarded.conflict && (
        <ConflictChoice
          id="details-conflict"
          rows={conflictRows()}
          theirsAt={guarded.conflict.theirs.updatedAt}
          deleted={guarded.conflict.theirs.deletedAt !== null}
          onKeepMine={() => void guarded.keepMine().catch((err: unknown) => notify({ kind: 'error', text: describeError(err, t) }))}
          onKeepTheirs={onClose}
          onCombine={() => {
            // Their values of the fields both changed go into the form beside mine, for the user to edit.
            const c = guarded.conflict!;
            const theirs = toDraft(c.theirs);
            const next = { ...draft };
            for (const k of Object.keys(FIELD_LABELS) as (keyof Draft)[]) {
              if (c.fields.includes(k) && theirs[k] !== next[k]) next[k] = joinable(k) ? `${next[k]}${joinable(k)}${theirs[k]}` : next[k];
            }
            setDraft(next);
            guarded.rebase();
          }}
        />
      )}
      <div class="toolbar">
        <button type="submit" class="button button-primary">
          {t('event.save')}
        </button>
        <button type="button" class="button" onClick={onClose}>
          {t('event.cancelEdit')}
        </button>
      </div>
    </form>
  );
}

const FIELD_LABELS = {
  title: 'create.eventTitle',
  subtitle: 'event.subtitle',
  date: 'event.date',
  startTime: 'event.startTime',
  place: 'event.place',
  timeZone: 'event.timeZone',
  rapporteur: 'event.rapporteur',
  organisers: 'event.organisers',
  objectives: 'event.objectives',
} as const satisfies Record<keyof Draft, MessageKey>;

/** How two versions of a field are put side by side for the user to combine; dates, times and zones keep the user's. */
const joinable = (k: keyof Draft): string | null =>
  k === 'organisers' || k === 'objectives' ? '\n\n' : k === 'date' || k === 'startTime' || k === 'timeZone' ? null : ' / ';

function EventDetailsView({ event, onEdit }: { event: RelatorEvent; onEdit: () => void }) {
  const t = useT();
  const none = t('event.none');
  return (
    <section class="panel" aria-labelledby="details-title">
      <div class="section-head">
        <h2 id="details-title">{t('event.data')}</h2>
        <button type="button" class="button button-small" onClick={onEdit}>
          {t('event.edit')}
        </button>
      </div>
      <dl class="details">
        <dt>{t('event.date')}</dt>
        <dd>{event.date ? formatEventDate(event.date) : none}</dd>
        <dt>{t('event.startTime')}</dt>
        <dd>{event.startTime || none}</dd>
        <dt>{t('event.place')}</dt>
        <dd>{event.place || none}</dd>
        <dt>{t('event.organisers')}</dt>
        <dd>{event.organisers.length ? event.organisers.join(', ') : none}</dd>
        <dt>{t('event.rapporteur')}</dt>
        <dd>{event.rapporteur || none}</dd>
      </dl>
      {event.objectives.length > 0 && (
        <>
          <h3>{t('event.objectives')}</h3>
          {event.objectives.map((o, i) => (
            <p key={i} class="objective">
              {o}
            </p>
          ))}
        </>
      )}
    </section>
  );
}
