import { useEffect, useRef, useState } from 'preact/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { currentLanguage, useT } from '../../i18n';
import { navigate, routeHref } from '../../app/router';
import {
  exportEventFile,
  onOpenedEventFileWaiting,
  pickEventFile,
  pickFileToMerge,
  returnOpenedEventFile,
  takeOpenedEventFile,
} from '../../app/event-files';
import type { ImportOutcome } from '../../app/import/protocol';
import { describeError } from '../../app/errors';
import { deleteEvent, duplicateEvent, listEventSummaries, restoreEvent, StoreError, useLiveQuery } from '../../store';
import { JoinPanel } from '../../components/sync/JoinPanel';
import { CreateEventForm } from './CreateEventForm';
import { EventCard } from './EventCard';
import { ImportPanel } from './ImportPanel';
import { AsMesaChoice, type ForeignFile } from './AsMesaChoice';
import { MergePanel } from './MergePanel';
import { MergeReview } from './MergeReview';
import { useImport } from './use-import';
import type { PickedFile } from '../../platform';
import type { MesaTarget } from '../../../core/merge';

type Pending =
  | { kind: 'delete'; eventId: string; title: string }
  | { kind: 'invalid'; name: string; messages: string[] }
  | { kind: 'different-events'; title: string; others: ForeignFile[]; merge: Merging | null };

/** "Combinar con…": the files chosen for an event, then the event whose kept conflicts are being reviewed. */
type Merging = { eventId: string; title: string; files: PickedFile[] };
type Review = { eventId: string; title: string };

export function LibraryScreen() {
  const t = useT();
  const { notify } = useNotices();
  const summaries = useLiveQuery(() => listEventSummaries(), [], undefined);
  const [creating, setCreating] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [merging, setMerging] = useState<Merging | null>(null);
  const [review, setReview] = useState<Review | null>(null);

  const guard = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      notify({ kind: 'error', text: describeError(error, t) });
    }
  };

  // The last "Combinar con…", so a refused one can be run again importing other events as mesas.
  const lastMerge = useRef<Merging | null>(null);
  // Set while a file the system handed over (a double-clicked .relator.json) is imported: the event opens after it.
  const openedFile = useRef<PickedFile | null>(null);
  const importing = useImport((outcome: ImportOutcome, { screenLeft, job }) => {
    const opened = openedFile.current;
    openedFile.current = null;
    const open = opened !== null;
    // The library went away under a double-clicked file (the user navigated, or another file
    // arrived at that moment): nobody cancelled it, so it waits for the next library instead.
    if (opened && screenLeft && outcome.status === 'cancelled') return returnOpenedEventFile(opened);
    if (outcome.status === 'imported') notify({ kind: 'info', text: t('library.imported', { title: outcome.title }) });
    if (outcome.status === 'imported' && open) navigate({ name: 'event', eventId: outcome.eventId });
    if (outcome.status === 'cancelled') notify({ kind: 'info', text: t('library.importCancelled') });
    if (outcome.status === 'invalid') setPending({ kind: 'invalid', name: outcome.name, messages: outcome.messages });
    if (outcome.status === 'different-events')
      setPending({ kind: 'different-events', title: outcome.title, others: outcome.others, merge: lastMerge.current });
    if (outcome.status === 'merged') {
      const done = t('merge.done', { count: outcome.files, title: outcome.title });
      notify({ kind: 'info', text: outcome.conflicts === 0 ? `${done} ${t('merge.noConflicts')}` : done });
      if (outcome.conflicts > 0) setReview({ eventId: outcome.eventId, title: outcome.title });
    }
    if (outcome.status === 'failed') {
      const reason =
        outcome.code === 'read-failed'
          ? t('errors.file.read-failed')
          : outcome.code === 'backup-failed'
            ? t(job === 'merge' ? 'merge.needsBackup' : 'backups.replaceNeedsBackup')
            : describeError(new StoreError(outcome.code, outcome.message), t);
      notify({ kind: 'error', text: `${t(job === 'merge' ? 'merge.failed' : 'library.importFailedShort')} ${reason}` });
    }
  });

  // Files opened from the system wait in the main process until the library is free to import one.
  const idle = importing.view.state === 'idle' && pending === null;
  const taking = useRef(false);
  useEffect(() => {
    if (!idle) return;
    const takeNext = async (): Promise<void> => {
      if (taking.current) return;
      taking.current = true;
      try {
        const file = await takeOpenedEventFile();
        if (!file) return;
        // The worker takes the bytes over (they are transferred, not copied): a copy is kept in
        // case the file has to wait for the next library.
        openedFile.current = file.data instanceof Uint8Array ? { ...file, data: file.data.slice() } : file;
        importing.start(file, currentLanguage(), t('library.copySuffix'));
      } finally {
        taking.current = false;
      }
    };
    void guard(takeNext);
    return onOpenedEventFileWaiting(() => void guard(takeNext));
  }, [idle]);

  const onImport = async () => {
    const file = await pickEventFile();
    if (!file) return;
    setPending(null);
    importing.start(file, currentLanguage(), t('library.copySuffix'));
  };

  const pickMergeFile = async (current: Merging) => {
    const file = await pickFileToMerge();
    if (file) setMerging({ ...current, files: [...current.files, file] });
  };

  const runMerge = (current: Merging, asMesa?: Map<number, MesaTarget>) => {
    setMerging(null);
    setPending(null);
    setReview(null);
    lastMerge.current = current;
    const heading = t('merge.progress', { count: current.files.length, title: current.title });
    const targets = asMesa && current.files.map((_, i) => asMesa.get(i) ?? null);
    importing.startMerge(current.eventId, current.files, currentLanguage(), heading, targets);
  };

  const onDelete = async (eventId: string, title: string) => {
    await deleteEvent(eventId);
    notify({
      kind: 'info',
      text: t('library.deleted', { title }),
      action: { label: t('library.undo'), run: () => void guard(() => restoreEvent(eventId)) },
    });
  };

  return (
    <section class="library" aria-labelledby="library-title">
      <div class="section-head">
        <h1 id="library-title">{t('library.title')}</h1>
        <div class="toolbar">
          <button type="button" class="button button-primary" onClick={() => setCreating(true)}>
            {t('library.create')}
          </button>
          <a class="button" href={routeHref({ name: 'setup' })}>
            {t('setup.fromProgram')}
          </a>
          <button type="button" class="button" disabled={importing.view.state === 'running'} onClick={() => void guard(onImport)}>
            {t('library.import')}
          </button>
          <a class="button" href={routeHref({ name: 'backups' })}>
            {t('backups.title')}
          </a>
        </div>
      </div>

      {importing.view.state === 'running' && <ImportPanel view={importing.view} onAnswer={importing.answer} onCancel={importing.cancel} />}

      {merging && importing.view.state !== 'running' && (
        <MergePanel
          title={merging.title}
          files={merging.files}
          onAdd={() => void guard(() => pickMergeFile(merging))}
          onRemove={(index) => setMerging({ ...merging, files: merging.files.filter((_, i) => i !== index) })}
          onRun={() => runMerge(merging)}
          onCancel={() => setMerging(null)}
        />
      )}

      {review && <MergeReview eventId={review.eventId} title={review.title} onClose={() => setReview(null)} />}

      {creating && (
        <CreateEventForm
          onDone={(eventId) => {
            setCreating(false);
            if (eventId) navigate({ name: 'event', eventId });
          }}
        />
      )}

      {summaries === undefined ? (
        <p>{t('app.loading')}</p>
      ) : summaries.length === 0 ? (
        <p class="empty">{t('library.empty')}</p>
      ) : (
        <ul class="event-list" aria-label={t('library.title')}>
          {summaries.map((s) => (
            <EventCard
              key={s.event.id}
              summary={s}
              onDuplicate={() =>
                void guard(async () => {
                  await duplicateEvent(s.event.id, t('library.copySuffix'));
                  notify({ kind: 'info', text: t('library.duplicated') });
                })
              }
              onExport={() =>
                void guard(async () => {
                  if (await exportEventFile(s.event.id)) notify({ kind: 'info', text: t('library.exported') });
                })
              }
              onMerge={() =>
                void guard(() => pickMergeFile({ eventId: s.event.id, title: s.event.title || t('library.untitled'), files: [] }))
              }
              onDelete={() => setPending({ kind: 'delete', eventId: s.event.id, title: s.event.title })}
              onReview={() => setReview({ eventId: s.event.id, title: s.event.title || t('library.untitled') })}
            />
          ))}
        </ul>
      )}

      <JoinPanel />

      {pending?.kind === 'delete' && (
        <ConfirmDialog
          title={t('library.confirmDeleteTitle')}
          body={t('library.confirmDeleteBody', { title: pending.title })}
          cancelLabel={t('library.cancel')}
          choices={[{ label: t('library.confirmDelete'), value: 'delete', danger: true }]}
          onClose={(value) => {
            setPending(null);
            if (value === 'delete') void guard(() => onDelete(pending.eventId, pending.title));
          }}
        />
      )}
      {pending?.kind === 'different-events' && (
        <div class="panel panel-error" role="alert" data-testid="merge-refused">
          <h2>{t('merge.differentTitle')}</h2>
          <p>{t('merge.differentBody', { title: pending.title })}</p>
          <ul>
            {pending.others.map((o) => (
              <li key={o.index}>{t('merge.differentFile', { name: o.name, title: o.title })}</li>
            ))}
          </ul>
          {pending.merge && (
            <AsMesaChoice
              eventId={pending.merge.eventId}
              others={pending.others}
              onImport={(targets) => runMerge(pending.merge!, targets)}
            />
          )}
          <button type="button" class="button" onClick={() => setPending(null)}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
      {pending?.kind === 'invalid' && (
        <div class="panel panel-error" role="alert" data-testid="import-errors">
          <h2>{t('library.importFailed', { name: pending.name })}</h2>
          <ul>
            {pending.messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
          <button type="button" class="button" onClick={() => setPending(null)}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
    </section>
  );
}
