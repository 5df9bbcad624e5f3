import type { FairShareHint as Hint } from '../../../core/equity/fair-share';
import type { GenderBalanceRow } from '../../../core/equity/gender-balance';
import { formatDuration } from '../../moderation/names';
import { useT } from '../../i18n';

interface Props {
  hint: Hint;
  balance: GenderBalanceRow[];
}

/** How the time left divides among those waiting, and each group's time against its presence. */
export function FairShareHint({ hint, balance }: Props) {
  const t = useT();
  const waiting = hint.waitingSpeakerIds.length;
  return (
    <div class="fair-share" data-testid="fair-share">
      <p>
        {waiting === 0 || hint.perSpeakerMs === null
          ? t('moderator.fair.nobody')
          : t('moderator.fair.perSpeaker', {
              count: waiting,
              total: formatDuration(hint.timeLeftMs),
              each: formatDuration(hint.perSpeakerMs),
            })}
      </p>
      {hint.overbookedMs > 0 && <p class="warning-text">{t('moderator.fair.overbooked', { over: formatDuration(hint.overbookedMs) })}</p>}
      <h3>{t('moderator.fair.balance')}</h3>
      {balance.length === 0 ? (
        <p class="empty">{t('moderator.fair.noPanellists')}</p>
      ) : (
        <ul class="balance" data-testid="gender-balance">
          {balance.map((row) => (
            <li key={row.gender} class={row.gapPoints < 0 ? 'balance-under' : undefined}>
              {t('moderator.fair.gap', {
                group: t(`moderator.genderGroups.${row.gender}`),
                time: row.timePercent,
                people: row.peoplePercent,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
