import { UUID_PATTERN } from '../model/ids';

/**
 * Names of backup snapshots: `<title> — <UTC time> — <event id>.relator.json`. The title is for a
 * person browsing the folder; the time and the id, at fixed places from the end, let the app list
 * snapshots by event and time without opening them. Nothing else is read from a name.
 */

const BACKUP_SUFFIX = '.relator.json';
const SEPARATOR = ' — ';
const STAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2})\.(\d{2})\.(\d{2})\.(\d{3})Z$/;
const MAX_LABEL_CHARS = 60;

/** What a snapshot's name says about it. */
export interface BackupName {
  name: string;
  eventId: string;
  /** When the snapshot was taken (ms since the epoch, UTC). */
  takenAtMs: number;
  /** The event's title as far as a file name can hold it. */
  label: string;
}

/** A title as a file name can hold it: accents kept, only characters file systems reject replaced. */
function backupLabel(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/—/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_LABEL_CHARS)
    .trim();
  return cleaned || 'evento';
}

function stamp(ms: number): string {
  const iso = new Date(ms).toISOString(); // 2026-12-02T07:15:00.123Z
  return `${iso.slice(0, 10)} ${iso.slice(11, 19).replace(/:/g, '.')}.${iso.slice(20, 23)}Z`;
}

export function backupFileName(eventId: string, title: string, takenAtMs: number): string {
  if (!UUID_PATTERN.test(eventId)) throw new Error(`not an event id: ${eventId}`);
  return `${backupLabel(title)}${SEPARATOR}${stamp(takenAtMs)}${SEPARATOR}${eventId.toLowerCase()}${BACKUP_SUFFIX}`;
}

/** The snapshot a file name describes, or null for any other file (temp files, the user's own files). */
export function parseBackupFileName(name: string): BackupName | null {
  if (!name.endsWith(BACKUP_SUFFIX) || name.startsWith('.')) return null;
  const parts = name.slice(0, -BACKUP_SUFFIX.length).split(SEPARATOR);
  if (parts.length < 3) return null;
  const eventId = parts[parts.length - 1]!;
  const match = STAMP.exec(parts[parts.length - 2]!);
  if (!UUID_PATTERN.test(eventId) || !match) return null;
  const [, y, mo, d, h, mi, s, ms] = match.map(Number) as number[];
  const takenAtMs = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms!);
  if (Number.isNaN(takenAtMs) || stamp(takenAtMs) !== parts[parts.length - 2]) return null;
  return { name, eventId, takenAtMs, label: parts.slice(0, -2).join(SEPARATOR) };
}
