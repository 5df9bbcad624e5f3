import type { Id, Mesa } from '../../../core/model/types';
import { useT } from '../../i18n';

/**
 * Which mesa the rapporteur writes in: their notes and syntheses go to it, and the rail shows the
 * plenary's questions plus its own. Remembered per event on this installation.
 */
export function MesaPicker({
  mesas,
  mesaId,
  onChange,
}: {
  mesas: readonly Mesa[];
  mesaId: Id | null;
  onChange: (mesaId: Id | null) => void;
}) {
  const t = useT();
  if (mesas.length === 0) return null;
  return (
    <label class="mesa-picker field" title={t('mesas.writingInHint')}>
      <span>{t('mesas.writingIn')}</span>
      <select
        data-testid="capture-mesa"
        value={mesaId ?? ''}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLSelectElement).value;
          onChange(value === '' ? null : value);
        }}
      >
        <option value="">{t('mesas.allQuestions')}</option>
        {mesas.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </label>
  );
}
