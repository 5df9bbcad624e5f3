import type { Id, Mesa } from '../../core/model/types';

interface Props {
  mesas: readonly Mesa[];
  mesaId: Id | null;
  onChange: (mesaId: Id | null) => void;
  label: string;
  /** What the choice changes, as the control's tooltip. */
  hint: string;
  /** The first option, the plenary's (mesaId null). */
  plenaryLabel: string;
  class?: string;
}

/**
 * Which mesa this installation works in: the rapporteur's in capture (where their notes go), the
 * moderator's (whose queue and timer they run). Nothing when the event has no mesas.
 */
export function MesaPicker({ mesas, mesaId, onChange, label, hint, plenaryLabel, class: extra }: Props) {
  if (mesas.length === 0) return null;
  return (
    <label class={`mesa-picker field ${extra ?? ''}`} title={hint}>
      <span>{label}</span>
      <select
        value={mesaId ?? ''}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLSelectElement).value;
          onChange(value === '' ? null : value);
        }}
      >
        <option value="">{plenaryLabel}</option>
        {mesas.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </label>
  );
}
