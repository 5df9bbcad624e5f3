import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import type { BackupEntry } from '../../platform';
import { formatBackupTime, formatSize } from '../../backup/use-backups';
import { BackupRow } from '../../components/BackupRow';

/** Shown per event before "show earlier". */
const FIRST = 5;

export interface BackupGroup {
  eventId: string;
  /** The event's title in the library now, or the one its newest backup's name holds. */
  title: string;
  inLibrary: boolean;
  entries: BackupEntry[];
}

/** Backups by event, newest event and newest backup first. */
export function groupBackups(entries: BackupEntry[], titles: Map<string, string>): BackupGroup[] {
  const groups = new Map<string, BackupGroup>();
  for (const entry of entries) {
    let group = groups.get(entry.eventId);
    if (!group) {
      const title = titles.get(entry.eventId);
      group = { eventId: entry.eventId, title: title ?? entry.label, inLibrary: title !== undefined, entries: [] };
      groups.set(entry.eventId, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()];
}

interface Props {
  groups: BackupGroup[];
  busy: boolean;
  onRestore: (entry: BackupEntry, group: BackupGroup, mode: 'copy' | 'replace') => void;
}

export function BackupList({ groups, busy, onRestore }: Props) {
  const t = useT();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (eventId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(eventId)) next.add(eventId);
      return next;
    });

  return (
    <ul class="backup-groups">
      {groups.map((group) => {
        const shown = open.has(group.eventId) ? group.entries : group.entries.slice(0, FIRST);
        const headingId = `backup-event-${group.eventId}`;
        return (
          <li key={group.eventId} class="backup-group" aria-labelledby={headingId}>
            <h3 id={headingId}>
              {group.title} {!group.inLibrary && <span class="muted">{t('backups.eventMissing')}</span>}
              <span class="muted backup-count"> · {t('backups.count', { count: group.entries.length })}</span>
            </h3>
            <ul class="backup-rows">
              {shown.map((entry) => {
                const time = formatBackupTime(entry.takenAt);
                const names = { time, title: group.title };
                const restore = (mode: 'copy' | 'replace') => () => onRestore(entry, group, mode);
                return (
                  <BackupRow
                    key={entry.name}
                    label={t('backups.takenAt', { time })}
                    detail={formatSize(entry.size)}
                    disabled={busy}
                    actions={
                      group.inLibrary
                        ? [
                            { label: t('backups.restoreCopy'), ariaLabel: t('backups.restoreCopyLabel', names), onClick: restore('copy') },
                            {
                              label: t('backups.restoreReplace'),
                              ariaLabel: t('backups.restoreReplaceLabel', names),
                              onClick: restore('replace'),
                            },
                          ]
                        : [
                            {
                              label: t('backups.restore'),
                              ariaLabel: t('backups.restoreLabel', names),
                              primary: true,
                              onClick: restore('copy'),
                            },
                          ]
                    }
                  />
                );
              })}
            </ul>
            {group.entries.length > FIRST && (
              <button
                type="button"
                class="button button-small"
                aria-expanded={open.has(group.eventId)}
                onClick={() => toggle(group.eventId)}
              >
                {open.has(group.eventId) ? t('backups.fewer') : t('backups.older', { count: group.entries.length - FIRST })}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
