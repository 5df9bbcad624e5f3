import { useEffect, useRef, useState } from 'preact/hooks';
import { startImport, type ImportJob } from '../../app/import/client';
import type { ConflictAnswer, ImportOutcome, ImportProgress, ImportQuestion, ImportRequest, MergeRequest } from '../../app/import/protocol';
import type { MesaTarget } from '../../../core/merge';
import type { Language } from '../../../core/model/types';
import type { PickedFile } from '../../platform';
import { backupBeforeReplace } from '../../backup/restore';

export type ImportView =
  | { state: 'idle' }
  | {
      state: 'running';
      name: string;
      /** The panel's heading when it is not "Importando «name»" (a merge). */
      heading?: string;
      progress: ImportProgress;
      question: ImportQuestion | null;
      cancelling: boolean;
    };

/**
 * One import at a time from the library: its progress, the question it waits on, and Cancel.
 * Leaving the screen cancels a running import (the database is left as it was).
 */
export function useImport(onOutcome: (outcome: ImportOutcome, how: { screenLeft: boolean; job: 'import' | 'merge' }) => void) {
  const [view, setView] = useState<ImportView>({ state: 'idle' });
  const job = useRef<ImportJob | null>(null);
  const asked = useRef<ImportQuestion | null>(null);
  // Why a replace was refused: the event could not be backed up first.
  const backupFailure = useRef<string | null>(null);
  const outcome = useRef(onOutcome);
  outcome.current = onOutcome;

  // Set when the screen goes away: the import it cancels was not cancelled by the user.
  const left = useRef(false);
  useEffect(
    () => () => {
      left.current = true;
      job.current?.cancel();
    },
    [],
  );

  const running = (change: (v: Extract<ImportView, { state: 'running' }>) => ImportView) =>
    setView((v) => (v.state === 'running' ? change(v) : v));

  const start = (file: PickedFile, language: Language, copySuffix: string) =>
    run({ name: file.name, data: file.data, language, copySuffix }, file.name);

  /** "Combinar con…": the files merged into a stored event, through the same worker and panel. */
  const startMerge = (
    eventId: string,
    files: readonly PickedFile[],
    language: Language,
    heading: string,
    asMesa?: Array<MesaTarget | null>,
  ) =>
    run(
      { kind: 'merge', eventId, files: files.map((f) => ({ name: f.name, data: f.data })), language, ...(asMesa ? { asMesa } : {}) },
      files.map((f) => f.name).join(', '),
      heading,
    );

  const run = (request: ImportRequest | MergeRequest, name: string, heading?: string) => {
    if (job.current) return;
    setView({
      state: 'running',
      name,
      ...(heading ? { heading } : {}),
      progress: { phase: 'read', fraction: 0 },
      question: null,
      cancelling: false,
    });
    job.current = startImport(request, {
      // A merge changes the event in place: it is backed up first, like an event an import replaces.
      backup: backupBeforeReplace,
      progress: (progress) => running((v) => ({ ...v, progress })),
      question: (question) => {
        asked.current = question;
        running((v) => ({ ...v, question }));
      },
      done: (result) => {
        job.current = null;
        setView({ state: 'idle' });
        const failure = backupFailure.current;
        backupFailure.current = null;
        outcome.current(
          failure !== null && result.status === 'cancelled' ? { status: 'failed', code: 'backup-failed', message: failure } : result,
          { screenLeft: left.current, job: request.kind ?? 'import' },
        );
      },
    });
  };

  const answer = (value: boolean | ConflictAnswer) => {
    const question = asked.current;
    asked.current = null;
    running((v) => ({ ...v, question: null }));
    if (value === 'replace' && question?.kind === 'conflict') {
      // The event being replaced is backed up first; if that fails, nothing is replaced.
      void backupBeforeReplace(question.eventId).then(
        () => job.current?.answer('replace'),
        (error: unknown) => {
          backupFailure.current = error instanceof Error ? error.message : String(error);
          job.current?.cancel();
        },
      );
      return;
    }
    job.current?.answer(value);
  };

  const cancel = () => {
    running((v) => ({ ...v, question: null, cancelling: true }));
    job.current?.cancel();
  };

  return { view, start, startMerge, answer, cancel };
}
