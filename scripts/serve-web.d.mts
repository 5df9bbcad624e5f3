import type { Server } from 'node:http';

export const PROJECT_ROOT: string;
export const CONTENT_SECURITY_POLICY: string;
export const SECURITY_HEADERS: Record<string, string>;
export const MIME_TYPES: Record<string, string>;
export interface ServeWebOptions {
  port: number;
  portGiven: boolean;
  dir: string;
  build: boolean;
}
export function parseArgs(argv: string[]): ServeWebOptions;
export function resolveRequest(root: string, rawUrl: string | undefined): { status: 200; file: string } | { status: 400 | 403 | 404 };
export function isBuildStale(dir: string, root?: string): boolean;
export function buildWeb(root?: string): Promise<void>;
export interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
  server: Server;
}
export function serveStatic(options: { dir: string; port?: number; host?: string; strictPort?: boolean }): Promise<Served>;
export function main(argv: string[], options?: { log?: (line: string) => void }): Promise<Served>;
