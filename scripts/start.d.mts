import type { Served } from './serve-web.mjs';

export const INSTALL_TIMEOUT_MS: number;
export const RETRY_AFTER_MS: number;
export function findElectronBinary(electronDir: string, env?: Record<string, string | undefined>): string | null;
export function downloadAllowed(env?: Record<string, string | undefined>): boolean;
export function parseStartArgs(argv: string[]): { dev: boolean; port: number; build: boolean };
export function webFallbackMessage(url: string): string;
export function recentlyFailed(root: string, now?: number): boolean;
export function installElectron(electronDir: string, timeoutMs?: number): Promise<{ ok: boolean; reason?: string }>;
export type StartResult = { mode: 'electron'; exitCode: number } | { mode: 'web'; served: Served };
export function start(options?: {
  argv?: string[];
  env?: Record<string, string | undefined>;
  root?: string;
  electronDir?: string;
  webDir?: string;
  log?: (line: string) => void;
  install?: (electronDir: string) => Promise<{ ok: boolean; reason?: string }>;
  runElectron?: (root: string, dev: boolean) => Promise<number>;
  now?: number;
}): Promise<StartResult>;
