import { useState } from 'preact/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotices } from '../../components/Notices';
import { useT } from '../../i18n';
import { navigate, routeHref } from '../../app/router';
import { exportEventFile, importEventFile, importParsed, type ImportOutcome } from '../../app/event-files';
import { describeError } from '../../app/errors';
import { deleteEvent, duplicateEvent, listEventSummaries, restoreEvent, useLiveQuery } from '../../store';
import type { EventBundle } from '../../../core/model/types';
import { CreateEventForm } from './CreateEventForm';
import { EventCard } from './EventCard';

type Pending =
  | { kind: 'delete'; eventId: string; title: string }
  | { kind: 'conflict'; bundle: EventBundle; title: string }
  | { kind: 'invalid'; name: string; messages: string[] };

export function LibraryScreen() {
  const t = useT();
  const { notify } = useNotices();
  const summaries = useLiveQuery(() => listEventSummaries(), [], undefined);
  const [creating, setCreating] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);

  const guard = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      notify({ kind: 'error', text: describeError(error, t) });
    }
  };

  const handleImportOutcome = (outcome: ImportOutcome) => {
    if (outcome.status === 'imported') notify({ kind: 'info', text: t('library.imported', { title: outcome.title }) });
    if (outcome.status === 'conflict') setPending({ kind: 'conflict', bundle: outcome.bundle, title: outcome.title });
    if (outcome.status === 'invalid') setPending({ kind: 'invalid', name: outcome.name, messages: outcome.messages });
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
          <button type="button" class="button" onClick={() => void guard(async () => handleImportOutcome(await importEventFile()))}>
            {t('library.import')}
          </button>
        </div>
      </div>

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
              onDelete={() => setPending({ kind: 'delete', eventId: s.event.id, title: s.event.title })}
            />
          ))}
        </ul>
      )}

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
      {pending?.kind === 'conflict' && (
        <ConfirmDialog
          title={t('library.importConflictTitle')}
          body={t('library.importConflictBody', { title: pending.title })}
          cancelLabel={t('library.cancel')}
          choices={[
            { label: t('library.importAsCopy'), value: 'copy' },
            { label: t('library.importReplace'), value: 'replace', danger: true },
          ]}
          onClose={(value) => {
            setPending(null);
            if (value === 'copy' || value === 'replace')
              void guard(async () => handleImportOutcome(await importParsed(pending.bundle, value)));
          }}
        />
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
