/// <reference lib="webworker" />
import { runImport, runMerge } from './pipeline';
import type { ConflictAnswer, FromWorker, ImportProgress, ImportQuestion, ToWorker } from './protocol';

/**
 * The library's import, off the page's thread: 200 MB are read, decoded, checked and written
 * here while the page stays responsive and shows progress. One import per worker.
 */
let stopped = false;
let answer: ((value: boolean | ConflictAnswer) => void) | null = null;
let backedUp: ((error: string | null) => void) | null = null;

const post = (message: FromWorker): void => self.postMessage(message);

/** The page holds the backups: it is asked to write one and says when it has. */
function backup(eventId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    backedUp = (error) => (error === null ? resolve() : reject(new Error(error)));
    post({ type: 'backup', eventId });
  });
}

function ask(question: ImportQuestion): Promise<boolean | ConflictAnswer> {
  return new Promise((resolve) => {
    answer = resolve;
    post({ type: 'question', question });
  });
}

self.onmessage = (message: MessageEvent<ToWorker>) => {
  const data = message.data;
  if (data.type === 'cancel') {
    stopped = true;
    answer?.(null);
    answer = null;
  } else if (data.type === 'backed-up') {
    const settle = backedUp;
    backedUp = null;
    settle?.(data.error);
  } else if (data.type === 'answer') {
    const resolve = answer;
    answer = null;
    resolve?.(data.answer);
  } else {
    const host = {
      progress: (progress: ImportProgress) => post({ type: 'progress', progress }),
      ask,
      stopped: () => stopped,
      backup,
    };
    const request = data.request;
    (request.kind === 'merge' ? runMerge(request, host) : runImport(request, host)).then(
      (outcome) => post({ type: 'done', outcome }),
      (error: unknown) =>
        post({
          type: 'done',
          outcome: { status: 'failed', code: 'unknown', message: error instanceof Error ? error.message : String(error) },
        }),
    );
  }
};
