import { useState } from 'preact/hooks';
import type { MesaTarget } from '../../../core/merge';
import type { Mesa } from '../../../core/model/types';
import { useT } from '../../i18n';
import { liveMesas, useLiveQuery } from '../../store';

const NO_MESAS: Mesa[] = [];
const NEW = '';

export interface ForeignFile {
  index: number;
  name: string;
  title: string;
}

/**
 * Offered when "Combinar con…" met files of another event: nothing was merged, and only if the user
 * asks, each such file is imported as a mesa of this event — a new one named after the file's event,
 * or one the event already has.
 */
export function AsMesaChoice(props: {
  eventId: string;
  others: readonly ForeignFile[];
  onImport: (targets: Map<number, MesaTarget>) => void;
}) {
  const t = useT();
  const mesas = useLiveQuery(() => liveMesas(props.eventId), [props.eventId], NO_MESAS);
  const [chosen, setChosen] = useState<Record<number, string>>({});
  return (
    <form
      class="as-mesa"
      data-testid="as-mesa"
      onSubmit={(e) => {
        e.preventDefault();
        const targets = new Map<number, MesaTarget>();
        for (const o of props.others) {
          const mesaId = chosen[o.index] ?? NEW;
          targets.set(o.index, mesaId === NEW ? { newName: o.title || o.name } : { mesaId });
        }
        props.onImport(targets);
      }}
    >
      <h3>{t('merge.asMesa.title')}</h3>
      <p>{t('merge.asMesa.hint')}</p>
      {props.others.map((o) => (
        <label key={o.index} class="field" for={`as-mesa-${o.index}`}>
          <span>{t('merge.asMesa.fileAs', { name: o.name })}</span>
          <select
            id={`as-mesa-${o.index}`}
            value={chosen[o.index] ?? NEW}
            onChange={(e) => setChosen({ ...chosen, [o.index]: (e.currentTarget as HTMLSelectElement).value })}
          >
            <option value={NEW}>{t('merge.asMesa.newMesa', { name: o.title || o.name })}</option>
            {mesas.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
      ))}
      <button type="submit" class="button button-primary">
        {t('merge.asMesa.run')}
      </button>
    </form>
  );
}
