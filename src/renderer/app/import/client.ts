import type {
  ConflictAnswer,
  FromWorker,
  ImportOutcome,
  ImportProgress,
  ImportQuestion,
  ImportRequest,
  MergeRequest,
  ToWorker,
} from './protocol';

export interface ImportListener {
  progress(progress: ImportProgress): void;
  question(question: ImportQuestion): void;
  done(outcome: ImportOutcome): void;
  /** Backs the event up before a merge changes it; without it a merge is refused ('backup-failed'). */
  backup?(eventId: string): Promise<void>;
}

export interface ImportJob {
  /** Answers the question the import is waiting on. */
  answer(value: boolean | ConflictAnswer): void;
  /**
   * Stops the import. Before the database write the worker is simply ended (nothing was written);
   * during it, the write is stopped and rolled back, and `done` reports 'cancelled' once it has been.
   */
  cancel(): void;
}

/**
 * Runs one import in a Web Worker, so a 200 MB file never blocks the page. Where no worker can
 * start (a page loaded in a way that forbids them), the same pipeline runs on the page instead.
 */
export function startImport(request: ImportRequest | MergeRequest, listener: ImportListener): ImportJob {
  let worker: Worker | null = null;
  let phase: ImportProgress['phase'] | null = null;
  let finished = false;
  let heard = false;
  let inline: { stop: () => void; answer: (value: boolean | ConflictAnswer) => void } | null = null;

  const finish = (outcome: ImportOutcome): void => {
    if (finished) return;
    finished = true;
    worker?.terminate();
    worker = null;
    listener.done(outcome);
  };

  const backup = (eventId: string): Promise<void> =>
    listener.backup ? listener.backup(eventId) : Promise.reject(new Error('no backups where this import runs'));

  const onMessage = (message: FromWorker): void => {
    heard = true;
    if (finished) return;
    if (message.type === 'backup') {
      void backup(message.eventId).then(
        () => worker?.postMessage({ type: 'backed-up', error: null } satisfies ToWorker),
        (error: unknown) =>
          worker?.postMessage({ type: 'backed-up', error: error instanceof Error ? error.message : String(error) } satisfies ToWorker),
      );
    } else if (message.type === 'progress') {
      phase = message.progress.phase;
      listener.progress(message.progress);
    } else if (message.type === 'question') listener.question(message.question);
    else finish(message.outcome);
  };

  const runOnPage = (): void => {
    worker?.terminate();
    worker = null;
    let stopped = false;
    let pendingAnswer: ((value: boolean | ConflictAnswer) => void) | null = null;
    inline = {
      stop: () => {
        stopped = true;
        pendingAnswer?.(null);
      },
      answer: (value) => {
        const resolve = pendingAnswer;
        pendingAnswer = null;
        resolve?.(value);
      },
    };
    void import('./pipeline')
      .then(({ runImport, runMerge }) => {
        const host = {
          progress: (progress: ImportProgress) => onMessage({ type: 'progress', progress }),
          ask: (question: ImportQuestion) =>
            new Promise<boolean | ConflictAnswer>((resolve) => {
              pendingAnswer = resolve;
              onMessage({ type: 'question', question });
            }),
          stopped: () => stopped,
          backup,
        };
        return request.kind === 'merge' ? runMerge(request, host) : runImport(request, host);
      })
      .then(
        (outcome) => finish(outcome),
        (error: unknown) => finish({ status: 'failed', code: 'unknown', message: error instanceof Error ? error.message : String(error) }),
      );
  };

  // Bytes already read (desktop) are handed over rather than copied; after that only the worker has them.
  const buffers = (request.kind === 'merge' ? request.files.map((f) => f.data) : [request.data]).flatMap((d) =>
    d instanceof Uint8Array ? [d.buffer] : [],
  );
  const transferred = buffers.length > 0;
  try {
    worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<FromWorker>) => onMessage(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      // A worker that never answered could not load: the page does the work. One that failed midway reports it.
      if (!heard && !transferred) runOnPage();
      else finish({ status: 'failed', code: 'unknown', message: e.message });
    };
    const start: ToWorker = { type: 'start', request };
    worker.postMessage(start, buffers);
  } catch {
    runOnPage();
  }

  return {
    answer(value) {
      if (inline) inline.answer(value);
      else worker?.postMessage({ type: 'answer', answer: value } satisfies ToWorker);
    },
    cancel() {
      if (finished) return;
      if (inline) return inline.stop();
      // Nothing is written before the write phase: ending the worker is enough, and immediate.
      if (phase !== 'write') return finish({ status: 'cancelled' });
      worker?.postMessage({ type: 'cancel' } satisfies ToWorker);
    },
  };
}
