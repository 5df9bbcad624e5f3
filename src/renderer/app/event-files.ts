import type { EventBundle, Id } from '../../core/model/types';
import { currentLanguage, i18n } from '../i18n';
import { getPlatform } from '../platform';
import { getBundle, importBundle } from '../store';

/** What happened to an import, for the screen to tell the user. */
export type ImportOutcome =
  | { status: 'cancelled' }
  | { status: 'imported'; eventId: Id; title: string }
  | { status: 'conflict'; bundle: EventBundle; title: string }
  | { status: 'invalid'; name: string; messages: string[] };

const APP_VERSION = '0.1.0';

function fileFilters() {
  return [{ name: i18n.t('library.fileFilterName'), extensions: ['json'] }];
}

/** Asks for a `.relator.json`, validates it fully, then imports it in one transaction. */
export async function importEventFile(): Promise<ImportOutcome> {
  const file = await getPlatform().pickTextFile({ title: i18n.t('library.import'), filters: fileFilters() });
  if (!file) return { status: 'cancelled' };
  return importEventText(file.name, file.text);
}

/** The validator (zod and the schema) loads only when a file is opened, not at start-up. */
const loadFileFormat = () => import('../../core/file-format');

async function importEventText(name: string, text: string): Promise<ImportOutcome> {
  const { parseEventFile, describeFileError } = await loadFileFormat();
  const parsed = parseEventFile(text);
  if (!parsed.ok) {
    const lang = currentLanguage();
    return { status: 'invalid', name, messages: parsed.errors.map((e) => describeFileError(e, lang)) };
  }
  return importParsed(parsed.bundle, 'fail');
}

export async function importParsed(bundle: EventBundle, onConflict: 'fail' | 'replace' | 'copy'): Promise<ImportOutcome> {
  const result = await importBundle(bundle, { onConflict, copySuffix: i18n.t('library.copySuffix') });
  if (result.status === 'conflict') return { status: 'conflict', bundle, title: bundle.event.title };
  return { status: 'imported', eventId: result.eventId, title: bundle.event.title };
}

/** Saves the whole event (soft-deleted records included, for later merges) as `.relator.json`. */
export async function exportEventFile(eventId: Id): Promise<boolean> {
  const [bundle, { serializeEventFile }] = await Promise.all([getBundle(eventId), loadFileFormat()]);
  const text = serializeEventFile(bundle, { appVersion: APP_VERSION, exportedAt: new Date().toISOString() });
  return getPlatform().saveFile({
    title: i18n.t('event.exportFile'),
    suggestedName: `${fileSlug(bundle.event.title)}.relator.json`,
    filters: fileFilters(),
    mime: 'application/json',
    data: text,
  });
}

/** A file name a person recognises: accents kept, only characters file systems reject replaced. */
export function fileSlug(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return cleaned || 'evento';
}
