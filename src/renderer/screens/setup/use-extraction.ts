import { useEffect, useRef, useState } from 'preact/hooks';
import { extractProgram, type ExtractedProgram } from '../../../core/program';
import { EXTRACT_DEBOUNCE_MS, MAX_PASTE_CHARS, type ExtractionReply } from './extraction-types';

export interface Extraction {
  /** The latest reading, and the exact text it was read from (spans point into it). */
  result: ExtractedProgram | null;
  source: string;
  /** A newer text is waiting to be read. */
  pending: boolean;
  tooLarge: boolean;
  error: string | null;
  ms: number | null;
  /**
   * Sends `text` to be read now, from the event that brought it (a paste, a file), before the screen
   * renders it: the reading runs while the page draws the pasted state, not a frame later.
   */
  readNow: (text: string) => void;
}

/** Told of each reading with the text it was read from, in the same task as the state change (one render for both). */
export type OnReading = (result: ExtractedProgram, source: string) => void;

type ExtractionState = Omit<Extraction, 'readNow'>;

const EMPTY: ExtractionState = { result: null, source: '', pending: false, tooLarge: false, error: null, ms: null };

/**
 * Reads the pasted program as the user types: debounced (at once when `immediate`, e.g. after a
 * paste), in a Web Worker when the platform allows one, on the main thread if the worker cannot
 * start (e.g. pages loaded from file://). The worker starts with the screen, so the first paste
 * does not wait for it to load and warm up.
 */
export function useExtraction(text: string, immediate = false, onReading?: OnReading): Extraction {
  const [state, setState] = useState<ExtractionState>(EMPTY);
  const worker = useRef<Worker | null | undefined>(undefined);
  /** The request in flight: only its reply is shown, older ones are stale. */
  const request = useRef<{ id: number; text: string }>({ id: 0, text: '' });
  /** A text readNow already sent: its change of `text` must not send it again. */
  const sentEarly = useRef<string | null>(null);
  const latest = useRef({ text, onReading });
  latest.current = { text, onReading };

  const accept = (reply: ExtractionReply) => {
    if (reply.id !== request.current.id) return;
    const source = request.current.text;
    setState(
      reply.ok
        ? { result: reply.result, source, pending: false, tooLarge: false, error: null, ms: reply.ms }
        : { ...EMPTY, error: reply.message },
    );
    if (reply.ok) latest.current.onReading?.(reply.result, source);
  };

  const onMainThread = () => {
    const { id, text: source } = request.current;
    const started = performance.now();
    try {
      accept({ id, ok: true, result: extractProgram(source), ms: performance.now() - started });
    } catch (error) {
      accept({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  };

  const startWorker = (): Worker | null => {
    if (worker.current !== undefined) return worker.current;
    try {
      const w = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<ExtractionReply>) => accept(e.data);
      w.onerror = (e) => {
        e.preventDefault();
        w.terminate();
        worker.current = null;
        onMainThread();
      };
      worker.current = w;
    } catch {
      worker.current = null;
    }
    return worker.current;
  };

  useEffect(() => {
    startWorker();
    return () => worker.current?.terminate();
  }, []);

  const send = (id: number, value: string) => {
    request.current = { id, text: value };
    const w = startWorker();
    if (w) w.postMessage({ id, text: value });
    else onMainThread();
  };
  const markPending = () => setState((s) => (s.pending && !s.tooLarge ? s : { ...s, pending: true, tooLarge: false }));

  useEffect(() => {
    if (sentEarly.current === text) {
      sentEarly.current = null;
      return;
    }
    sentEarly.current = null;
    const id = request.current.id + 1;
    request.current = { id, text: '' };
    if (text.length > MAX_PASTE_CHARS) return void setState({ ...EMPTY, tooLarge: true });
    if (!text.trim()) return void setState(EMPTY);
    markPending();
    if (immediate) return void send(id, text);
    const timer = setTimeout(() => send(id, text), EXTRACT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const readNow = (value: string) => {
    if (value === latest.current.text || value.length > MAX_PASTE_CHARS || !value.trim()) return;
    sentEarly.current = value;
    markPending();
    send(request.current.id + 1, value);
  };

  return { ...state, readNow };
}
