import { memo } from 'preact/compat';
import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import {
  addAgendaItem,
  agendaSegments,
  editAgendaItem,
  moveAgendaItem,
  parseMinutes,
  planPanellists,
  removeAgendaItem,
  totalPlannedMinutes,
  type NewKey,
  type SetupDraft,
} from '../../../core/setup';

interface Props {
  draft: SetupDraft;
  apply: (change: (draft: SetupDraft) => SetupDraft) => void;
  newKey: NewKey;
}

const shorten = (text: string) => (text.length > 90 ? `${text.slice(0, 88)}…` : text);
const minutesText = (m: number | null) => (m === null ? '' : String(Math.round(m * 100) / 100));

/** Planned turns per guiding question: who speaks and for how long (the timer and report use them). */
export const AgendaEditor = memo(function AgendaEditor({ draft, apply, newKey }: Props) {
  const t = useT();
  const [defaultMinutes, setDefaultMinutes] = useState('7');
  // Closed until asked for: an agenda is optional, and a long question list makes it long too.
  const [open, setOpen] = useState(false);
  const hasPanellists = draft.participants.some((p) => p.role === 'panellist');
  if (draft.questions.length === 0) return null;
  const shown = open || draft.agenda.length > 0;
  return (
    <section class="panel" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('setup.agendaTitle')}</h2>
      <p class="hint">{t('setup.agendaHelp')}</p>
      {!shown ? (
        <button type="button" class="button" aria-expanded="false" onClick={() => setOpen(true)}>
          {t('setup.agendaOpen')}
        </button>
      ) : (
        <>
          <label class="field field-inline">
            <span>{t('setup.defaultMinutes')}</span>
            <input
              inputMode="decimal"
              size={4}
              value={defaultMinutes}
              onInput={(e) => setDefaultMinutes((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          {agendaSegments(draft).map((segment, qi) => {
            const qLabel = t('setup.questionLabel', { n: qi + 1 });
            return (
              <div key={segment.question.key} class="agenda-segment" role="group" aria-label={qLabel}>
                <h3>
                  {qLabel}: <span class="agenda-question">{shorten(segment.question.text)}</span>
                </h3>
                {segment.items.length > 0 && (
                  <ol class="agenda-items">
                    {segment.items.map((item, ii) => {
                      const turnLabel = t('setup.turnLabel', { n: ii + 1, question: qLabel });
                      return (
                        <li key={item.key} class="agenda-item">
                          <label class="field field-inline">
                            <span>{t('setup.speaker')}</span>
                            <select
                              aria-label={`${t('setup.speaker')}: ${turnLabel}`}
                              value={item.speakerKey ?? ''}
                              onChange={(e) => {
                                const value = (e.currentTarget as HTMLSelectElement).value;
                                apply((d) => editAgendaItem(d, item.key, { speakerKey: value || null }));
                              }}
                            >
                              <option value="">{t('setup.noSpeaker')}</option>
                              {draft.participants.map((p) => (
                                <option key={p.key} value={p.key}>
                                  {p.name}
                                </option>
                              ))}
                            </select>
                          </label>
                          <label class="field field-inline">
                            <span>{t('setup.minutes')}</span>
                            <input
                              aria-label={`${t('setup.minutes')}: ${turnLabel}`}
                              inputMode="decimal"
                              size={4}
                              value={minutesText(item.plannedMinutes)}
                              onChange={(e) => {
                                const minutes = parseMinutes((e.currentTarget as HTMLInputElement).value);
                                apply((d) => editAgendaItem(d, item.key, { plannedMinutes: minutes }));
                              }}
                            />
                          </label>
                          <span class="toolbar">
                            <button
                              type="button"
                              class="button button-small"
                              aria-label={`${t('setup.moveUp')}: ${turnLabel}`}
                              disabled={ii === 0}
                              onClick={() => apply((d) => moveAgendaItem(d, item.key, -1))}
                            >
                              ↑
                            </button>
                            <button
                              type="button"
                              class="button button-small"
                              aria-label={`${t('setup.moveDown')}: ${turnLabel}`}
                              disabled={ii === segment.items.length - 1}
                              onClick={() => apply((d) => moveAgendaItem(d, item.key, 1))}
                            >
                              ↓
                            </button>
                            <button
                              type="button"
                              class="button button-small button-danger"
                              aria-label={`${t('setup.delete')}: ${turnLabel}`}
                              onClick={() => apply((d) => removeAgendaItem(d, item.key))}
                            >
                              {t('setup.delete')}
                            </button>
                          </span>
                        </li>
                      );
                    })}
                  </ol>
                )}
                <p class="agenda-total">{t('setup.segmentTotal', { minutes: minutesText(segment.plannedMinutes) })}</p>
                <div class="toolbar">
                  <button
                    type="button"
                    class="button button-small"
                    aria-label={`${t('setup.addTurn')}: ${qLabel}`}
                    onClick={() =>
                      apply((d) => addAgendaItem(d, segment.question.key, { plannedMinutes: parseMinutes(defaultMinutes) }, newKey))
                    }
                  >
                    {t('setup.addTurn')}
                  </button>
                  <button
                    type="button"
                    class="button button-small"
                    aria-label={`${t('setup.planPanellists')}: ${qLabel}`}
                    disabled={!hasPanellists}
                    onClick={() => apply((d) => planPanellists(d, segment.question.key, parseMinutes(defaultMinutes), newKey))}
                  >
                    {t('setup.planPanellists')}
                  </button>
                </div>
              </div>
            );
          })}
          <p class="agenda-total">
            <strong>{t('setup.agendaTotal', { minutes: minutesText(totalPlannedMinutes(draft)) })}</strong>
          </p>
        </>
      )}
    </section>
  );
});
