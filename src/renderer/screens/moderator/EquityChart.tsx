import type { SpeakingTimeReport, TimeFigures } from '../../../core/equity/speaking-time';
import { UNATTRIBUTED } from '../../../core/equity/speaking-time';
import { formatDuration, formatSigned, type PeopleById } from '../../moderation/names';
import { useT, type TFunction } from '../../i18n';

interface Row extends TimeFigures {
  key: string;
  label: string;
}

interface Props {
  report: SpeakingTimeReport;
  people: PeopleById;
}

/**
 * Speaking time by speaker, role and gender as labelled bars; every figure is also in words and in
 * a table, so the chart is never the only way to read it.
 */
export function EquityChart({ report, people }: Props) {
  const t = useT();
  const { overall } = report;
  if (overall.turns === 0) return <p class="empty">{t('moderator.equity.noData')}</p>;
  const unattributed = t('moderator.unattributed');
  const groups: Array<{ id: string; title: string; rows: Row[]; note?: string }> = [
    {
      id: 'speaker',
      title: t('moderator.equity.bySpeaker'),
      rows: report.bySpeaker.map((r) => ({
        ...r,
        key: r.speakerId,
        label: r.speakerId === UNATTRIBUTED ? unattributed : (people.get(r.speakerId)?.name ?? unattributed),
      })),
    },
    {
      id: 'role',
      title: t('moderator.equity.byRole'),
      rows: report.byRole.map((r) => ({ ...r, key: r.role, label: r.role === UNATTRIBUTED ? unattributed : t(`roles.${r.role}`) })),
    },
    {
      id: 'gender',
      title: t('moderator.equity.byGender'),
      note: t('moderator.equity.genderNote'),
      rows: report.byGender.map((r) => ({
        ...r,
        key: r.gender,
        label: r.gender === UNATTRIBUTED ? unattributed : t(`participant.genders.${r.gender}`),
      })),
    },
  ];
  const pva = overall.planVsActual;
  return (
    <div class="equity" data-testid="equity">
      <p data-testid="equity-total">
        {t('moderator.equity.total', { time: formatDuration(overall.totalMs), count: overall.turns })}
        {overall.averageMs !== null && <> · {t('moderator.equity.average', { time: formatDuration(overall.averageMs) })}</>}
        {report.liveTurnIds.length > 0 && <> · {t('moderator.equity.liveNote')}</>}
      </p>
      {pva.turns > 0 && (
        <p>
          {t('moderator.equity.planVsActual', {
            planned: formatDuration(pva.plannedMs),
            adjustment: formatSigned(pva.adjustMs),
            actual: formatDuration(pva.actualMs),
            difference: formatSigned(pva.differenceMs),
          })}
        </p>
      )}
      <div class="equity-groups">
        {groups.map((g) => (
          <section key={g.id} class="equity-group" aria-labelledby={`equity-${g.id}`} data-testid={`equity-${g.id}`}>
            <h3 id={`equity-${g.id}`}>{g.title}</h3>
            <ul class="bars">
              {g.rows.map((r) => (
                <li key={r.key} class="bar-row">
                  <span class="bar-label">{r.label}</span>
                  <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="bar-track" x="0" y="0" width="100" height="10" />
                    <rect class="bar-fill" x="0" y="0" width={Math.max(0, Math.min(100, r.share * 100))} height="10" />
                  </svg>
                  <span class="bar-value">
                    {formatDuration(r.totalMs)} · {r.percent} %
                  </span>
                </li>
              ))}
            </ul>
            {g.note && <p class="hint">{g.note}</p>}
            <details>
              <summary>{t('moderator.equity.asTable')}</summary>
              <FiguresTable rows={g.rows} caption={g.title} t={t} />
            </details>
          </section>
        ))}
      </div>
    </div>
  );
}

function FiguresTable({ rows, caption, t }: { rows: Row[]; caption: string; t: TFunction }) {
  return (
    <table class="figures">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('moderator.equity.group')}</th>
          <th scope="col">{t('moderator.equity.time')}</th>
          <th scope="col">{t('moderator.equity.share')}</th>
          <th scope="col">{t('moderator.equity.turns')}</th>
          <th scope="col">{t('moderator.equity.averageCol')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td>{formatDuration(r.totalMs)}</td>
            <td>{r.percent} %</td>
            <td>{r.turns}</td>
            <td>{r.averageMs === null ? '—' : formatDuration(r.averageMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
