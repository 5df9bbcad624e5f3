import { useMemo, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { parseParticipantList, type ParsedParticipant } from '../../../core/setup';

interface Props {
  idPrefix: string;
  /** People found elsewhere (the program), offered for review in the same preview: lines of a list. */
  offer?: { lines: readonly string[] };
  /** Adds the previewed rows; resolves when done so the box can be cleared. */
  onAdd: (rows: ParsedParticipant[]) => void | Promise<void>;
}

/** A pasted list of people, previewed row by row (with what could not be read) before adding. */
export function BulkParticipantsPaste({ idPrefix, offer, onAdd }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const parsed = useMemo(() => parseParticipantList(text), [text]);

  if (!open) {
    const offered = offer?.lines.length ?? 0;
    return (
      <>
        {offered > 0 && (
          <p class="program-people" data-testid={`${idPrefix}-program-people`}>
            <span>{t('setup.programPeople', { count: offered })}</span>{' '}
            <button
              type="button"
              class="button"
              onClick={() => {
                setText(offer!.lines.join('\n'));
                setOpen(true);
              }}
            >
              {t('setup.programPeopleReview')}
            </button>
          </p>
        )}
        <button type="button" class="button" onClick={() => setOpen(true)}>
          {t('setup.bulkOpen')}
        </button>
      </>
    );
  }
  const helpId = `${idPrefix}-bulk-help`;
  return (
    <div class="bulk-paste" role="group" aria-label={t('setup.bulkTitle')}>
      <h3>{t('setup.bulkTitle')}</h3>
      <p id={helpId} class="hint">
        {t('setup.bulkHelp')}
      </p>
      <label class="field">
        <span>{t('setup.bulkLabel')}</span>
        <textarea
          rows={6}
          value={text}
          autofocus
          aria-describedby={helpId}
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      {parsed.rows.length > 0 && (
        <table class="bulk-preview" data-testid="bulk-preview">
          <caption>{t('setup.bulkPreview', { count: parsed.rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('participant.name')}</th>
              <th scope="col">{t('participant.position')}</th>
              <th scope="col">{t('participant.affiliation')}</th>
              <th scope="col">{t('participant.role')}</th>
              <th scope="col">{t('participant.gender')}</th>
              <th scope="col">{t('participant.sector')}</th>
            </tr>
          </thead>
          <tbody>
            {parsed.rows.map((r) => (
              <tr key={r.line}>
                <td>{r.name}</td>
                <td>{r.position}</td>
                <td>{r.affiliation}</td>
                <td>{t(`roles.${r.role}`)}</td>
                <td>{t(`participant.genders.${r.gender}`)}</td>
                <td>{r.sector}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {parsed.problems.length > 0 && (
        <ul class="bulk-problems" aria-label={t('setup.bulkProblems')}>
          {parsed.problems.map((p) => (
            <li key={`${p.line}-${p.code}`}>{t(`setup.problems.${p.code}`, { line: p.line, text: p.text })}</li>
          ))}
        </ul>
      )}
      <div class="toolbar">
        <button
          type="button"
          class="button button-primary"
          disabled={parsed.rows.length === 0}
          onClick={async () => {
            await onAdd(parsed.rows);
            setText('');
            setOpen(false);
          }}
        >
          {t('setup.bulkAdd', { count: parsed.rows.length })}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            setText('');
            setOpen(false);
          }}
        >
          {t('setup.cancel')}
        </button>
      </div>
    </div>
  );
}
