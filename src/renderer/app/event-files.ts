import type { Id } from '../../core/model/types';
import { i18n } from '../i18n';
import { getPlatform, type PickedFile } from '../platform';
import { getEventFileContent } from '../store';
import { APP_VERSION } from './app-version';

function fileFilters() {
  return [{ name: i18n.t('library.fileFilterName'), extensions: ['json'] }];
}

/** Asks for a `.relator.json`; null when the user cancels. The import itself runs in a worker (app/import). */
export function pickEventFile(): Promise<PickedFile | null> {
  return getPlatform().pickFile({ title: i18n.t('library.import'), filters: fileFilters() });
}

/*
 * A file the system handed over whose import was stopped because the library screen went away
 * (the user did not cancel it) waits here, ahead of the main process's queue, for the next library.
 */
const returned: PickedFile[] = [];
const returnedListeners = new Set<() => void>();

/**
 * The next `.relator.json` the system asked Relator to open (a double-click on the desktop); null
 * when none waits. It is imported like a picked file, through the same validating worker.
 */
export function takeOpenedEventFile(): Promise<PickedFile | null> {
  const file = returned.shift();
  return file ? Promise.resolve(file) : getPlatform().takeOpenedFile();
}

/**
 * Gives back a file taken with `takeOpenedEventFile` whose import did not run to its end because
 * the screen importing it was left: it is taken again first, so a double-clicked file is never dropped.
 */
export function returnOpenedEventFile(file: PickedFile): void {
  returned.unshift(file);
  for (const listener of returnedListeners) listener();
}

/**
 * Calls `listener` whenever an opened event file waits to be taken: a new one from the system (a
 * double-click on the desktop), or one given back; returns the function that stops it.
 */
export function onOpenedEventFileWaiting(listener: () => void): () => void {
  returnedListeners.add(listener);
  const stop = getPlatform().onFileOpened(listener);
  return () => {
    returnedListeners.delete(listener);
    stop();
  };
}

/** Asks for one more `.relator.json` of the same event, for "Combinar con…"; null when the user cancels. */
export function pickFileToMerge(): Promise<PickedFile | null> {
  return getPlatform().pickFile({ title: i18n.t('merge.pickTitle'), filters: fileFilters() });
}

/** The validator (zod and the schema) loads only when a file is exported, not at start-up. */
const loadFileFormat = () => import('../../core/file-format');

/**
 * Saves the whole event (soft-deleted records included, for later merges) as `.relator.json`, with
 * the texts its merges set aside still waiting for review, so they move with the event.
 */
export async function exportEventFile(eventId: Id): Promise<boolean> {
  const [{ bundle, mergeConflicts }, { serializeEventFile }] = await Promise.all([getEventFileContent(eventId), loadFileFormat()]);
  const text = serializeEventFile(bundle, { appVersion: APP_VERSION, exportedAt: new Date().toISOString() }, mergeConflicts);
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
