import { LANGUAGES, type Language } from '../../../core/model/types';
import {
  ATTRIBUTION_POLICIES,
  GROUP_MODES,
  PROGRAM_PLACEMENTS,
  TIMESTAMP_MODES,
  type AttributionPolicy,
  type GroupMode,
  type ProgramPlacement,
  type ReportOptions,
  type TimestampMode,
} from '../../../core/report';
import { useT } from '../../i18n';

type Toggle = 'includeAnnex' | 'starredOnly' | 'markStarred' | 'includeSpeakingTime' | 'includePhotos' | 'includeAttendanceList';
const TOGGLES: readonly Toggle[] = [
  'includeAnnex',
  'starredOnly',
  'markStarred',
  'includeSpeakingTime',
  'includePhotos',
  'includeAttendanceList',
];

/** The report's options; every change applies at once (the preview follows). */
export function ReportOptionsForm({ options, onChange }: { options: ReportOptions; onChange: (changes: Partial<ReportOptions>) => void }) {
  const t = useT();
  return (
    <form class="report-options" aria-labelledby="report-options-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="report-options-title">{t('report.options')}</h2>
      <div class="field">
        <label for="report-language">{t('report.language')}</label>
        <select
          id="report-language"
          aria-describedby="report-language-hint"
          value={options.language}
          onChange={(e) => onChange({ language: (e.currentTarget as HTMLSelectElement).value as Language })}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
        <small id="report-language-hint" class="report-hint">
          {t('report.languageHint')}
        </small>
      </div>
      <fieldset class="report-choice">
        <legend>{t('report.timestamps')}</legend>
        {TIMESTAMP_MODES.map((mode: TimestampMode) => (
          <label key={mode}>
            <input
              type="radio"
              name="report-timestamps"
              value={mode}
              checked={options.timestamps === mode}
              onChange={() => onChange({ timestamps: mode })}
            />
            {t(`report.timestampModes.${mode}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="report-choice">
        <legend>{t('report.group')}</legend>
        {GROUP_MODES.map((mode: GroupMode) => (
          <label key={mode}>
            <input
              type="radio"
              name="report-group"
              value={mode}
              checked={options.group === mode}
              onChange={() => onChange({ group: mode })}
            />
            {t(`report.groupModes.${mode}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="report-choice">
        <legend>{t('report.program')}</legend>
        {PROGRAM_PLACEMENTS.map((placement: ProgramPlacement) => (
          <label key={placement}>
            <input
              type="radio"
              name="report-program"
              value={placement}
              checked={options.program === placement}
              onChange={() => onChange({ program: placement })}
            />
            {t(`report.programPlacements.${placement}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="report-choice" aria-describedby="report-attribution-hint">
        <legend>{t('report.attribution')}</legend>
        {ATTRIBUTION_POLICIES.map((policy: AttributionPolicy) => (
          <label key={policy}>
            <input
              type="radio"
              name="report-attribution"
              value={policy}
              checked={options.attribution === policy}
              onChange={() => onChange({ attribution: policy })}
            />
            {t(`report.attributionModes.${policy}`)}
          </label>
        ))}
        <small id="report-attribution-hint" class="report-hint">
          {t('report.attributionHint')}
        </small>
      </fieldset>
      <div class="report-toggles">
        {TOGGLES.map((key) => (
          <label key={key}>
            <input
              type="checkbox"
              checked={options[key]}
              aria-describedby={key === 'includeAttendanceList' ? 'report-attendance-list-hint' : undefined}
              onChange={(e) => onChange({ [key]: (e.currentTarget as HTMLInputElement).checked })}
            />
            {t(`report.${key}`)}
          </label>
        ))}
        <small id="report-attendance-list-hint" class="report-hint">
          {t('report.includeAttendanceListHint')}
        </small>
      </div>
    </form>
  );
}
