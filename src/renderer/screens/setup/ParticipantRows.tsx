import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import type { ParticipantFieldsValue } from '../../components/ParticipantFields';
import { ParticipantForm } from './ParticipantForm';

export interface ParticipantRow extends ParticipantFieldsValue {
  key: string;
  /** The stored version, for rows that are records (the event overview), so a save can be guarded by it. */
  updatedAt?: string;
}

interface Props {
  idPrefix: string;
  rows: ParticipantRow[];
  /** `opened` is the row as it was when editing started. */
  onSave: (key: string, value: ParticipantFieldsValue, opened: ParticipantRow) => void;
  onRemove: (key: string) => void;
}

/** People listed with their details; each can be edited in place or removed. */
export function ParticipantRows({ idPrefix, rows, onSave, onRemove }: Props) {
  const t = useT();
  // The row as opened: later changes to it (another tab) must not move what the save is checked against.
  const [editing, setEditing] = useState<ParticipantRow | null>(null);
  if (rows.length === 0) return <p class="empty">{t('setup.noParticipants')}</p>;
  return (
    <ul class="participant-list participant-editor" data-testid={`${idPrefix}-participants`}>
      {rows.map((p) =>
        editing?.key === p.key ? (
          <li key={p.key}>
            <ParticipantForm
              idPrefix={`${idPrefix}-${p.key}`}
              initial={editing}
              submitLabel={t('setup.saveParticipant')}
              onSubmit={(value) => {
                onSave(p.key, value, editing);
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          </li>
        ) : (
          <li key={p.key} class="participant-row">
            <span>
              <strong>{p.name}</strong>
              {(p.position || p.affiliation) && <span> — {[p.position, p.affiliation].filter(Boolean).join(', ')}</span>}
              <span class="badge">{t(`roles.${p.role}`)}</span>
              {p.gender !== 'unspecified' && <span class="badge">{t(`participant.genders.${p.gender}`)}</span>}
              {p.sector && <span class="badge">{p.sector}</span>}
            </span>
            <span class="toolbar">
              <button type="button" class="button button-small" aria-label={`${t('setup.edit')}: ${p.name}`} onClick={() => setEditing(p)}>
                {t('setup.edit')}
              </button>
              <button
                type="button"
                class="button button-small button-danger"
                aria-label={`${t('setup.delete')}: ${p.name}`}
                onClick={() => onRemove(p.key)}
              >
                {t('setup.delete')}
              </button>
            </span>
          </li>
        ),
      )}
    </ul>
  );
}
