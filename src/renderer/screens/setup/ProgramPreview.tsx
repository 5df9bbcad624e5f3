import { useT } from '../../i18n';
import { isWeakRule } from '../../../core/program';
import { questionDoubts, type NewKey, type SetupDraft } from '../../../core/setup';
import { QuestionDoubts } from './QuestionDoubts';
import { QuestionDraftList } from './QuestionDraftList';
import { SourceView } from './SourceView';
import type { Extraction } from './use-extraction';

interface Props {
  extraction: Extraction;
  /** The text the draft's questions were read from (it changes with them, not before). */
  source: string;
  draft: SetupDraft;
  followsSource: boolean;
  apply: (change: (d: SetupDraft) => SetupDraft) => void;
  newKey: NewKey;
  activeKey: string | null;
  onActivate: (key: string | null) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onReextract: () => void;
}

/** Two columns: the pasted text with where each question came from, and the questions as they will be created. */
export function ProgramPreview(props: Props) {
  const t = useT();
  const { extraction, draft } = props;
  const result = extraction.result;
  const doubts = questionDoubts(draft.questions);
  const toCheck = result ? result.questions.filter((q) => isWeakRule(q.rule)).length : 0;
  return (
    <section class="panel setup-preview" aria-labelledby="preview-title">
      <div class="section-head">
        <h2 id="preview-title">{t('setup.previewTitle')}</h2>
        <div class="toolbar" role="toolbar" aria-label={t('setup.historyTools')} data-testid="draft-history">
          <button type="button" class="button button-small" aria-keyshortcuts="Control+Z" disabled={!props.canUndo} onClick={props.onUndo}>
            {t('setup.undo')}
          </button>
          <button
            type="button"
            class="button button-small"
            aria-keyshortcuts="Control+Shift+Z"
            disabled={!props.canRedo}
            onClick={props.onRedo}
          >
            {t('setup.redo')}
          </button>
          {!props.followsSource && result && (
            <button type="button" class="button button-small" onClick={props.onReextract}>
              {t('setup.reextract')}
            </button>
          )}
        </div>
      </div>
      <div
        class="preview-status"
        role="status"
        data-testid="preview-status"
        data-ms={extraction.ms === null ? undefined : Math.round(extraction.ms)}
      >
        {extraction.pending
          ? t('setup.reading')
          : extraction.error
            ? t('setup.readFailed', { message: extraction.error })
            : result
              ? result.questions.length === 0
                ? t('setup.noneFound')
                : [
                    t('setup.found', { count: result.questions.length }),
                    result.headingFound ? t('setup.headingFound', { heading: result.heading ?? '' }) : t('setup.noHeading'),
                    ...(toCheck > 0 ? [t('setup.toCheck', { count: toCheck })] : []),
                  ].join(' ')
              : t('setup.nothingPasted')}
      </div>
      {doubts && <QuestionDoubts doubts={doubts} />}
      <div class="preview-columns">
        <div class="preview-source">
          <h3 id="source-title">{t('setup.sourceTitle')}</h3>
          {props.source ? (
            <SourceView source={props.source} questions={draft.questions} activeKey={props.activeKey} onActivate={props.onActivate} />
          ) : (
            <p class="empty">{t('setup.sourceEmpty')}</p>
          )}
        </div>
        <div class="preview-questions">
          <h3 id="questions-title">{t('setup.questionsTitle')}</h3>
          <QuestionDraftList
            questions={draft.questions}
            apply={props.apply}
            newKey={props.newKey}
            activeKey={props.activeKey}
            onActivate={props.onActivate}
          />
        </div>
      </div>
    </section>
  );
}
