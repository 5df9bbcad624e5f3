import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import type { ParticipantFieldsValue } from '../../components/ParticipantFields';
import { ParticipantForm } from './ParticipantForm';

export interface ParticipantRow extends ParticipantFieldsValue {
  key: string;
}

interface Props {
  idPrefix: string;
  rows: ParticipantRow[];
  onSave: (key: string, value: ParticipantFieldsValue) => void;
  onRemove: (key: string) => void;
}

/** People listed with their details; each can be edited in place or removed. */
export function ParticipantRows({ idPrefix, rows, onSave, onRemove }: Props) {
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);
  if (rows.length === 0) return <p class="empty">{t('setup.noParticipants')}</p>;
  return (
    <ul class="participant-list participant-editor" data-testid={`${idPrefix}-participants`}>
      {rows.map((p) =>
        editing === p.key ? (
          <li key={p.key}>
            <ParticipantForm
              idPrefix={`${idPrefix}-${p.key}`}
              initial={p}
              submitLabel={t('setup.saveParticipant')}
              onSubmit={(value) => {
                onSave(p.key, value);
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          </li>
        ) : (
          <li key={p.key} class="participant-row">
            <span>
              <strong>{p.name}</strong>
              {p.affiliation && <span> — {p.affiliation}</span>}
              <span class="badge">{t(`roles.${p.role}`)}</span>
              {p.gender !== 'unspecified' && <span class="badge">{t(`participant.genders.${p.gender}`)}</span>}
            </span>
            <span class="toolbar">
              <button
                type="button"
                class="button button-small"
                aria-label={`${t('setup.edit')}: ${p.name}`}
                onClick={() => setEditing(p.key)}
              >
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
