/**
 * Text files from Spanish-speaking users are often saved by older Windows tools in
 * Windows-1252; UTF-8 is tried first (strictly) and that encoding is the fallback, so accents
 * survive instead of turning into replacement characters. A UTF-8 BOM is dropped.
 * Used by the main process and by the browser build, so it relies on TextDecoder only.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
