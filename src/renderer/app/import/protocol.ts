import type { MesaTarget } from '../../../core/merge';
import type { Id, Language } from '../../../core/model/types';
import type { PreviewLine } from '../../../core/text/decode';
import type { StoreErrorCode } from '../../store';

/**
 * What the library's import and its worker (import.worker.ts) say to each other. The worker does
 * the whole import: reading, decoding, checking and the one database transaction; the page only
 * shows progress and answers the worker's questions.
 */

export interface ImportRequest {
  kind?: 'import';
  name: string;
  /** The picked file: a Blob the worker reads itself, or bytes already read by the desktop bridge. */
  data: Blob | Uint8Array;
  language: Language;
  /** Appended to a copy's title (" (copia)"), from the UI's catalogue. */
  copySuffix: string;
}

/** "Combinar con…": files of the same event merged into a stored one, all or nothing, like an import. */
export interface MergeRequest {
  kind: 'merge';
  eventId: Id;
  files: Array<{ name: string; data: Blob | Uint8Array }>;
  language: Language;
  /** By file: import a file of another event as this mesa of the event (see store/merge.ts). */
  asMesa?: Array<MesaTarget | null>;
}

export type ImportPhase = 'read' | 'decode' | 'parse' | 'check' | 'write';

export interface ImportProgress {
  phase: ImportPhase;
  /** The whole import's share done, 0–1. */
  fraction: number;
  /** While writing: records written so far, of `total`. */
  written?: number;
  total?: number;
}

/** Questions only the user can answer; the import waits for them. */
export type ImportQuestion =
  | { kind: 'encoding'; encoding: 'windows-1252'; preview: PreviewLine[]; line: number }
  /** The event is already in the library; `eventId` names it (it is backed up before a replace). */
  | { kind: 'conflict'; title: string; eventId: Id };

export type ConflictAnswer = 'copy' | 'replace' | null;

export type ImportOutcome =
  | { status: 'imported'; eventId: Id; title: string; mode: 'new' | 'replaced' | 'copied' }
  | { status: 'invalid'; name: string; messages: string[] }
  /** A merge wrote what it changed; `conflicts` texts that lost wait with the event for the user's review. */
  | { status: 'merged'; eventId: Id; title: string; files: number; conflicts: number }
  /** A merge was refused: these files hold other events than `title`. Nothing was written. */
  | { status: 'different-events'; title: string; others: Array<{ index: number; name: string; title: string }> }
  | { status: 'cancelled' }
  /**
   * The database refused the write (a full disk…), the file could not be read ('read-failed'), or
   * the event could not be backed up before a merge or a replace changed it ('backup-failed').
   */
  | { status: 'failed'; code: StoreErrorCode | 'read-failed' | 'backup-failed'; message: string };

export type ToWorker =
  | { type: 'start'; request: ImportRequest | MergeRequest }
  | { type: 'answer'; answer: boolean | ConflictAnswer }
  /** The backup asked for is written (`error` null) or could not be. */
  | { type: 'backed-up'; error: string | null }
  | { type: 'cancel' };

export type FromWorker =
  | { type: 'progress'; progress: ImportProgress }
  /** Back up this event now (the page's backups do it) and say when it is done: a merge is about to change it. */
  | { type: 'backup'; eventId: Id }
  | { type: 'question'; question: ImportQuestion }
  | { type: 'done'; outcome: ImportOutcome };
