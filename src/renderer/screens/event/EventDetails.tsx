import { useState } from 'preact/hooks';
import { useNotices } from '../../components/Notices';
import { TimeZoneField } from '../../components/TimeZoneField';
import { describeError } from '../../app/errors';
import { formatEventDate } from '../../app/format';
import { useT } from '../../i18n';
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

/** The event's data, shown as a description list and edited in place. */
export function EventDetails({ event }: { event: RelatorEvent }) {
  const t = useT();
  const { notify } = useNotices();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [zoneInvalid, setZoneInvalid] = useState(false);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!draft) return;
    const timeZone = canonicalTimeZone(draft.timeZone);
    if (timeZone === null) {
      setZoneInvalid(true);
      (e.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[name="timeZone"]')?.focus();
      return;
    }
    try {
      await updateEvent(event.id, {
        ...draft,
        timeZone,
        title: draft.title.trim(),
        organisers: lines(draft.organisers, /\n/),
        objectives: lines(draft.objectives, /\n\s*\n/),
      });
      setDraft(null);
      notify({ kind: 'info', text: t('event.saved') });
    } catch (err) {
      notify({ kind: 'error', text: describeError(err, t) });
    }
  };

  if (draft) {
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
        {field('title', t('create.eventTitle'))}
        {field('subtitle', t('event.subtitle'))}
        {field('date', t('event.date'), 'date')}
        {field('startTime', t('event.startTime'), 'time')}
        {field('place', t('event.place'))}
        <TimeZoneField
          idPrefix="event-details"
          value={draft.timeZone}
          invalid={zoneInvalid}
          onChange={(timeZone) => {
            setZoneInvalid(false);
            setDraft({ ...draft, timeZone });
          }}
        />
        {field('rapporteur', t('event.rapporteur'))}
        {field('organisers', t('event.organisers'), 'text', true)}
        {field('objectives', t('event.objectives'), 'text', true)}
        <div class="toolbar">
          <button type="submit" class="button button-primary">
            {t('event.save')}
          </button>
          <button type="button" class="button" onClick={() => setDraft(null)}>
            {t('event.cancelEdit')}
          </button>
        </div>
      </form>
    );
  }

  const none = t('event.none');
  return (
    <section class="panel" aria-labelledby="details-title">
      <div class="section-head">
        <h2 id="details-title">{t('event.data')}</h2>
        <button
          type="button"
          class="button button-small"
          onClick={() => {
            setZoneInvalid(false);
            setDraft(toDraft(event));
          }}
        >
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
