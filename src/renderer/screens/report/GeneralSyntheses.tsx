import { useState } from 'preact/hooks';
import { live } from '../../../core/model/factories';
import type { EventBundle, GuidingQuestion, Mesa, Synthesis } from '../../../core/model/types';
import type { StoredText } from '../../autosave/use-field-autosave';
import { AutosaveField } from '../../components/AutosaveField';
import { useT } from '../../i18n';
import { fieldSlot, saveSynthesis } from '../../store';

const synthesisText = (s: Synthesis | undefined): StoredText =>
  s ? { text: s.text, updatedAt: s.updatedAt } : { text: '', updatedAt: null };

/** The mesas beside a question: those that discuss it, and any other that wrote a synthesis of it. */
function mesasOf(question: GuidingQuestion, mesas: readonly Mesa[], syntheses: readonly Synthesis[]): Mesa[] {
  return mesas.filter((m) => question.mesaIds.includes(m.id) || syntheses.some((s) => s.mesaId === m.id && s.text.trim() !== ''));
}

/**
 * The coordinator's general synthesis of each question (the plenary's, mesaId null: the one that
 * opens the question in the general relatoría), written with the mesas' syntheses of that question
 * beside it, read-only and labelled. One question at a time, so the editor and the mesas' texts
 * fit side by side on a laptop. Saved like every synthesis (same draft slot as capture's).
 */
export function GeneralSyntheses({ bundle, mesas }: { bundle: EventBundle; mesas: readonly Mesa[] }) {
  const t = useT();
  const questions = live(bundle.questions).sort((a, b) => a.order - b.order);
  const [chosen, setChosen] = useState<string | null>(null);
  const index = Math.max(
    0,
    questions.findIndex((q) => q.id === chosen),
  );
  const question = questions[index];
  if (!question) return null;
  const n = index + 1;
  const eventId = bundle.event.id;
  const syntheses = live(bundle.syntheses).filter((s) => s.questionId === question.id);
  const beside = mesasOf(question, mesas, syntheses);
  return (
    <section class="general-syntheses panel" aria-labelledby="general-syntheses-title" data-testid="general-syntheses">
      <h2 id="general-syntheses-title">{t('generalReport.general.title')}</h2>
      <p class="report-hint">{t('generalReport.general.hint')}</p>
      <div class="field">
        <label for="general-synthesis-question">{t('generalReport.general.question')}</label>
        <select
          id="general-synthesis-question"
          value={question.id}
          onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}
        >
          {questions.map((q, i) => (
            <option key={q.id} value={q.id}>
              {t('generalReport.general.questionOption', { n: i + 1, text: q.text })}
            </option>
          ))}
        </select>
      </div>
      <div class="general-syntheses-grid">
        <AutosaveField
          key={question.id}
          id="general-synthesis"
          label={t('generalReport.general.synthesis', { n })}
          rows={9}
          eventId={eventId}
          slot={fieldSlot('synthesis', question.id)}
          questionId={question.id}
          stored={synthesisText(syntheses.find((s) => s.mesaId === null))}
          save={async (text, base) =>
            synthesisText(
              await saveSynthesis(eventId, question.id, text, { expectedUpdatedAt: base.updatedAt, base: { text: base.text } }, null),
            )
          }
          fromRecord={(record) => synthesisText(record as Synthesis | undefined)}
        />
        <section class="mesa-syntheses" aria-labelledby="mesa-syntheses-title" tabIndex={0} data-testid="mesa-syntheses">
          <h3 id="mesa-syntheses-title">{t('generalReport.general.mesasOf', { n })}</h3>
          {beside.length === 0 && <p class="empty">{t('generalReport.general.noMesas')}</p>}
          {beside.map((m) => {
            const text = syntheses.find((s) => s.mesaId === m.id)?.text.trim() ?? '';
            return (
              <article key={m.id} class="mesa-synthesis" aria-labelledby={`mesa-synthesis-${m.id}`}>
                <h4 id={`mesa-synthesis-${m.id}`}>{m.name}</h4>
                {text === '' ? <p class="empty">{t('generalReport.general.noSynthesis')}</p> : <p class="mesa-synthesis-text">{text}</p>}
              </article>
            );
          })}
        </section>
      </div>
    </section>
  );
}
