import type { RelatorDb } from './db';
import { write } from './tx';
import type { Settings } from './types';

type Author = Settings['author'];

/**
 * This installation's author, made (with a fresh id) on first use; call inside a transaction over
 * `settings`. The id never changes afterwards, so every note written here names the same author.
 */
export async function authorInTx(db: RelatorDb): Promise<Author> {
  const record = await db.settings.get('author');
  if (record) return record.value as Author;
  const author: Author = { id: db.ctx.newId(), name: '' };
  await db.settings.put({ key: 'author', value: author });
  return author;
}

/** The author without making one (a read, for live queries): undefined before the first note. */
export async function peekAuthor(db: RelatorDb): Promise<Author | null> {
  const record = await db.settings.get('author');
  return (record?.value as Author | undefined) ?? null;
}

export function getAuthor(db: RelatorDb): Promise<Author> {
  return write(db, [db.settings], () => authorInTx(db));
}

/** Sets the display name; the id stays. */
export function setAuthorName(db: RelatorDb, name: string): Promise<Author> {
  return write(db, [db.settings], async () => {
    const author = { ...(await authorInTx(db)), name: name.replace(/\s+/g, ' ').trim() };
    await db.settings.put({ key: 'author', value: author });
    return author;
  });
}
