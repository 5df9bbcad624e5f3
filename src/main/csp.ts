/**
 * The Content-Security-Policy of every page the app shows. The same string is in the
 * renderer's index.html (meta tag) and in scripts/serve-web.mjs; a unit test keeps them equal.
 * 'self' is app://relator on the desktop (a standard, secure scheme has a real origin, unlike
 * file://, where 'self' would cover every file on the disk) and the server's origin on the web.
 * The app:// handler sends it with each file (src/main/protocol/app-protocol.ts).
 * `ws:` is live sync's WebSocket to a relay on the venue network, whose address only the join link
 * knows (a LAN IP, another port): CSP cannot name "private addresses", so on the desktop the session
 * filter narrows it to private IPv4 hosts and the /sync/ path (src/main/sync/relay-requests.ts).
 * No `wss:`: the relay speaks plain ws on the LAN (the join code is what guards a room).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' ws:",
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
