import { useEffect, useState } from 'preact/hooks';
import { describeError } from '../app/errors';
import { useT } from '../i18n';
import { getAuthor, setAuthorName } from '../store';
import { useNotices } from './Notices';

/**
 * The name this installation signs its notes with, set once (in the header's "Your data"). The id
 * behind it is made on first use and never changes.
 */
export function AuthorName() {
  const t = useT();
  const { notify } = useNotices();
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    void getAuthor().then(
      (a) => setName(a.name),
      () => setName(''),
    );
  }, []);
  if (name === null) return null;
  return (
    <form
      class="author-name"
      onSubmit={(e) => {
        e.preventDefault();
        void setAuthorName(name).then(
          (a) => {
            setName(a.name);
            notify({ kind: 'info', text: a.name ? t('author.saved', { name: a.name }) : t('author.cleared') });
          },
          (err: unknown) => notify({ kind: 'error', text: describeError(err, t) }),
        );
      }}
    >
      <label class="field" for="author-name">
        <span>{t('author.label')}</span>
        <input
          id="author-name"
          data-testid="author-name"
          value={name}
          autoComplete="name"
          aria-describedby="author-name-hint"
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <p id="author-name-hint" class="hint">
        {t('author.hint')}
      </p>
      <button type="submit" class="button button-small">
        {t('author.save')}
      </button>
    </form>
  );
}
