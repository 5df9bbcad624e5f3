import { useMemo } from 'preact/hooks';
import { fairShareHint, plannedAgendaEnd } from '../../../core/equity/fair-share';
import { genderBalance } from '../../../core/equity/gender-balance';
import { measureTurns } from '../../../core/equity/measure';
import { speakingTime } from '../../../core/equity/speaking-time';
import type { Participant, Turn } from '../../../core/model/types';
import { currentTurn } from '../../../core/timer/queue';
import { stateAt } from '../../../core/timer/state';
import type { PeopleById } from '../../moderation/names';
import { useTimerNow } from '../../moderation/use-timer-now';
import { EquityChart } from './EquityChart';
import { FairShareHint } from './FairShareHint';

interface Props {
  turns: Turn[];
  /** Everyone, deleted included: their turns happened. */
  participants: Participant[];
  people: PeopleById;
}

/** Live equity figures: refreshed once a second while a turn runs, since they need not tick. */
export function EquityPanel({ turns, participants, people }: Props) {
  const current = currentTurn(turns);
  const now = useTimerNow(current !== null, { frames: false });
  const second = Math.floor(now / 1000) * 1000;
  const figures = useMemo(() => {
    const measured = measureTurns(turns, second, (turn) => turn.timerLog);
    const remaining = current ? stateAt(current.timerLog, second).remainingMs : null;
    return {
      report: speakingTime(measured, participants),
      balance: genderBalance(measured, participants),
      hint: fairShareHint({
        nowMs: second,
        turns,
        plannedEndMs: plannedAgendaEnd(turns),
        currentRemainingMs: remaining,
      }),
    };
  }, [turns, participants, second, current]);
  return (
    <div class="equity-panel">
      <EquityChart report={figures.report} people={people} />
      <FairShareHint hint={figures.hint} balance={figures.balance} />
    </div>
  );
}
