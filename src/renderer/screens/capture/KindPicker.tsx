import { KIND_PREFIXES } from '../../../core/capture/composer-syntax';
import { NOTE_KINDS, type NoteKind } from '../../../core/model/types';
import { useT } from '../../i18n';

const prefixOf = (kind: NoteKind) => KIND_PREFIXES.find((p) => p.kind === kind)?.prefix ?? '';

/** Buttons for the note kinds; the pressed one applies unless the text starts with a prefix. */
export function KindPicker({ kind, onChange }: { kind: NoteKind; onChange: (kind: NoteKind) => void }) {
  const t = useT();
  return (
    <div class="kind-picker" role="group" aria-label={t('capture.kinds.label')}>
      {NOTE_KINDS.map((k) => (
        <button
          key={k}
          type="button"
          class={`kind-button kind-${k}`}
          aria-pressed={k === kind}
          title={prefixOf(k) ? `${t(`capture.kinds.${k}`)} (${prefixOf(k)})` : undefined}
          onClick={() => onChange(k)}
        >
          {t(`capture.kinds.${k}`)}
        </button>
      ))}
    </div>
  );
}
