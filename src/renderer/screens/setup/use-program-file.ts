import { useEffect, useRef } from 'preact/hooks';
import type { DocumentResult } from '../../../core/documents';
import type { FileReadReply } from './file-types';

/** What reading a file gave: the document's result, or an unexpected failure's message. */
export type FileOutcome = { result: DocumentResult } | { failed: string };

/**
 * Reads a dropped or picked program file in a Web Worker started on the first file (pdf.js and mammoth
 * never load with the page), or on the page's thread where no worker can start (a file:// page).
 */
export function useProgramFile(): (file: File) => Promise<FileOutcome> {
  const worker = useRef<Worker | null | undefined>(undefined);
  const waiting = useRef(new Map<number, (outcome: FileOutcome) => void>());
  const next = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  const onThisThread = async (name: string, bytes: Uint8Array): Promise<FileOutcome> => {
    try {
      const { readProgramDocument } = await import('../../../core/documents');
      return { result: await readProgramDocument(name, bytes) };
    } catch (error) {
      return { failed: error instanceof Error ? error.message : String(error) };
    }
  };

  const start = (): Worker | null => {
    if (worker.current !== undefined) return worker.current;
    try {
      const w = new Worker(new URL('./read-file.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<FileReadReply>) => {
        const resolve = waiting.current.get(e.data.id);
        waiting.current.delete(e.data.id);
        resolve?.('result' in e.data ? { result: e.data.result } : { failed: e.data.failed });
      };
      w.onerror = (e) => {
        e.preventDefault();
        w.terminate();
        worker.current = null;
        for (const resolve of waiting.current.values()) resolve({ failed: e.message || 'worker' });
        waiting.current.clear();
      };
      worker.current = w;
    } catch {
      worker.current = null;
    }
    return worker.current;
  };

  return async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const w = start();
    if (!w) return onThisThread(file.name, bytes);
    const id = ++next.current;
    return new Promise<FileOutcome>((resolve) => {
      waiting.current.set(id, resolve);
      w.postMessage({ id, name: file.name, bytes }, [bytes.buffer]);
    });
  };
}
