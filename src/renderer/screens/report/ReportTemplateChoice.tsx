import institutionalUrl from '../../../../resources/templates/institutional.docx?url';
import { useT } from '../../i18n';
import { getPlatform } from '../../platform';

/** The Word template the DOCX takes its styles and header logo from: Relator's own, the shipped example, or the user's. */
export type TemplateChoice = { kind: 'neutral' } | { kind: 'institutional' } | { kind: 'custom'; name: string; bytes: Uint8Array };

/** The template's bytes for the DOCX writer; undefined for Relator's own styles. */
export async function templateBytes(choice: TemplateChoice): Promise<Uint8Array | undefined> {
  if (choice.kind === 'neutral') return undefined;
  if (choice.kind === 'custom') return choice.bytes;
  // The shipped example travels with the app's files, fetched only when it is used.
  const response = await fetch(institutionalUrl);
  if (!response.ok) throw new Error(`${institutionalUrl}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const BUILT_IN = ['neutral', 'institutional'] as const;

export function ReportTemplateChoice({ choice, onChange }: { choice: TemplateChoice; onChange: (choice: TemplateChoice) => void }) {
  const t = useT();
  const pick = async () => {
    const file = await getPlatform().pickFile({
      title: t('report.templatePick'),
      filters: [{ name: t('report.filterDocx'), extensions: ['docx'] }],
    });
    if (!file) return;
    const bytes = file.data instanceof Uint8Array ? file.data : new Uint8Array(await file.data.arrayBuffer());
    onChange({ kind: 'custom', name: file.name, bytes });
  };
  return (
    <fieldset class="report-choice" aria-describedby="report-template-hint">
      <legend>{t('report.template')}</legend>
      {BUILT_IN.map((kind) => (
        <label key={kind}>
          <input type="radio" name="report-template" checked={choice.kind === kind} onChange={() => onChange({ kind })} />
          {t(`report.templates.${kind}`)}
        </label>
      ))}
      {choice.kind === 'custom' && (
        <label>
          <input type="radio" name="report-template" checked onChange={() => undefined} />
          {t('report.templates.custom', { name: choice.name })}
        </label>
      )}
      <button type="button" class="button report-template-pick" onClick={() => void pick()}>
        {t('report.templatePick')}
      </button>
      <small id="report-template-hint" class="report-hint">
        {t('report.templateHint')}
      </small>
    </fieldset>
  );
}
