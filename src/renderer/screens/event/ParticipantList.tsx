import { useT } from '../../i18n';
import type { Participant } from '../../../core/model/types';

export function ParticipantList({ participants }: { participants: Participant[] }) {
  const t = useT();
  return (
    <section class="panel" aria-labelledby="participants-title">
      <h2 id="participants-title">{t('event.participants')}</h2>
      {participants.length === 0 ? (
        <p class="empty">{t('event.noParticipants')}</p>
      ) : (
        <ul class="participant-list">
          {participants.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong>
              {p.affiliation && <span> — {p.affiliation}</span>}
              <span class="badge">{t(`roles.${p.role}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
