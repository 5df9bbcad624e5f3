import { useT, type TFunction } from '../../i18n';
import { PLAUSIBLE_QUESTION_CHARS, PLAUSIBLE_QUESTIONS, type QuestionDoubts as Doubts } from '../../../core/setup';

/** The sentences for a doubtful question list, shown in the preview and again before creating the event. */
export function doubtLines(doubts: Doubts, t: TFunction): string[] {
  const lines: string[] = [];
  if (doubts.tooMany) lines.push(t('setup.doubtsTooMany', { count: doubts.count, max: PLAUSIBLE_QUESTIONS }));
  if (doubts.tooLong.length > 0) {
    const shown = doubts.tooLong.slice(0, 8).join(', ') + (doubts.tooLong.length > 8 ? '…' : '');
    lines.push(t('setup.doubtsTooLong', { count: doubts.tooLong.length, list: shown, max: PLAUSIBLE_QUESTION_CHARS }));
  }
  return lines;
}

/** A visible warning above the question list: too many questions, or "questions" that read like paragraphs. */
export function QuestionDoubts({ doubts }: { doubts: Doubts }) {
  const t = useT();
  return (
    <div class="setup-doubts" role="status" data-testid="question-doubts">
      <strong>{t('setup.doubtsTitle')}</strong>
      <ul>
        {doubtLines(doubts, t).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
