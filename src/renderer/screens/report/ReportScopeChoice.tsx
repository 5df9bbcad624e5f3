import type { Mesa } from '../../../core/model/types';
import type { ReportScope } from '../../../core/report';
import { GENERAL, type ScopeChoice } from './report-scope';
import { useT } from '../../i18n';

/** Which relatoría of an event with mesas: the general one or one mesa's. Shown only when the event has mesas. */
export function ReportScopeChoice({
  mesas,
  scope,
  onChange,
}: {
  mesas: readonly Mesa[];
  scope: ReportScope;
  onChange: (choice: ScopeChoice) => void;
}) {
  const t = useT();
  return (
    <div class="field report-scope">
      <label for="report-scope">{t('generalReport.scope.label')}</label>
      <select
        id="report-scope"
        aria-describedby="report-scope-hint"
        value={scope.kind === 'mesa' ? scope.mesaId : GENERAL}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value={GENERAL}>{t('generalReport.scope.general')}</option>
        {mesas.map((m) => (
          <option key={m.id} value={m.id}>
            {t('generalReport.scope.mesa', { name: m.name })}
          </option>
        ))}
      </select>
      <small id="report-scope-hint" class="report-hint">
        {t('generalReport.scope.hint')}
      </small>
    </div>
  );
}
