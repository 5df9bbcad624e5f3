import type { DocumentResult } from '../../../core/documents';

export interface FileReadRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

export type FileReadReply = { id: number; result: DocumentResult } | { id: number; failed: string };
