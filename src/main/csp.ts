/**
 * The Content-Security-Policy of every page the app shows. The same string is in the
 * renderer's index.html (meta tag) and in scripts/serve-web.mjs; a unit test keeps them equal.
 * 'self' is app://relator on the desktop (a standard, secure scheme has a real origin, unlike
 * file://, where 'self' would cover every file on the disk) and the server's origin on the web.
 * The app:// handler sends it with each file (src/main/protocol/app-protocol.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

type Headers = Record<string, string[] | string>;

/** Response headers with our CSP and nosniff, replacing any variant spelling of those names. */
export function withSecurityHeaders(headers: Headers | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const replaced = new Set(['content-security-policy', 'x-content-type-options']);
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (replaced.has(name.toLowerCase())) continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  result['X-Content-Type-Options'] = ['nosniff'];
  return result;
}
