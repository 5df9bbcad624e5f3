import { useState } from 'preact/hooks';
import { useNotices } from '../../components/Notices';
import { useAutoFocus } from '../../components/use-auto-focus';
import { describeError } from '../../app/errors';
import { currentLanguage, useT } from '../../i18n';
import { createEvent } from '../../store';

/** The quick way in: a title and a date; everything else is filled in on the event screen. */
export function CreateEventForm({ onDone }: { onDone: (eventId: string | null) => void }) {
  const t = useT();
  const { notify } = useNotices();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const titleRef = useAutoFocus<HTMLInputElement>();

  const submit = async (e: Event) => {
    e.preventDefault();
    const clean = title.trim();
    if (!clean) {
      setError(t('create.titleRequired'));
      return;
    }
    try {
      const event = await createEvent({ title: clean, date, language: currentLanguage() });
      onDone(event.id);
    } catch (err) {
      notify({ kind: 'error', text: describeError(err, t) });
    }
  };

  return (
    <form class="panel create-form" onSubmit={(e) => void submit(e)} aria-labelledby="create-title" noValidate>
      <h2 id="create-title">{t('create.title')}</h2>
      <label class="field">
        <span>{t('create.eventTitle')}</span>
        <input
          name="title"
          value={title}
          maxLength={2000}
          ref={titleRef}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'create-error' : undefined}
          onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      {error && (
        <p id="create-error" class="field-error" role="alert">
          {error}
        </p>
      )}
      <label class="field">
        <span>{t('create.date')}</span>
        <input type="date" name="date" value={date} onInput={(e) => setDate((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <div class="toolbar">
        <button type="submit" class="button button-primary">
          {t('create.submit')}
        </button>
        <button type="button" class="button" onClick={() => onDone(null)}>
          {t('create.cancel')}
        </button>
      </div>
    </form>
  );
}
