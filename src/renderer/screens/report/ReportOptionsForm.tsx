import { type Language } from '../../../core/model/types';
import { REPORT_CHOICES, REPORT_TOGGLES, type ReportOptions } from '../../../core/report';
import { useT, type MessageKey } from '../../i18n';

type Choice = (typeof REPORT_CHOICES)[number];
type RadioChoice = Exclude<Choice, { key: 'language' }>;
const isRadio = (choice: Choice): choice is RadioChoice => choice.key !== 'language';

/** How the form names each choice and its values (the choices themselves are core/report's table, as `relator export`'s). */
const WORDING: Record<RadioChoice['key'], { legend: MessageKey; values: string; hint?: MessageKey }> = {
  timestamps: { legend: 'report.timestamps', values: 'report.timestampModes' },
  group: { legend: 'report.group', values: 'report.groupModes' },
  program: { legend: 'report.program', values: 'report.programPlacements' },
  attribution: { legend: 'report.attribution', values: 'report.attributionModes', hint: 'report.attributionHint' },
};

/** The report's options; every change applies at once (the preview follows). */
export function ReportOptionsForm({ options, onChange }: { options: ReportOptions; onChange: (changes: Partial<ReportOptions>) => void }) {
  const t = useT();
  const languages = REPORT_CHOICES.find((c) => c.key === 'language')!.values;
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
          {languages.map((l) => (
            <option key={l} value={l}>
              {t(`languages.${l}`)}
            </option>
          ))}
        </select>
        <small id="report-language-hint" class="report-hint">
          {t('report.languageHint')}
        </small>
      </div>
      {REPORT_CHOICES.filter(isRadio).map(({ key, values }) => {
        const wording = WORDING[key];
        const hintId = `report-${key}-hint`;
        return (
          <fieldset key={key} class="report-choice" {...(wording.hint ? { 'aria-describedby': hintId } : {})}>
            <legend>{t(wording.legend)}</legend>
            {values.map((value: string) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`report-${key}`}
                  value={value}
                  checked={options[key] === value}
                  onChange={() => onChange({ [key]: value })}
                />
                {t(`${wording.values}.${value}` as MessageKey)}
              </label>
            ))}
            {wording.hint && (
              <small id={hintId} class="report-hint">
                {t(wording.hint)}
              </small>
            )}
          </fieldset>
        );
      })}
      <div class="report-toggles">
        {REPORT_TOGGLES.map(({ key }) => (
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
