import type { IncomingMessage, ServerResponse } from 'node:http';
import { createDeviceFiles } from './device-files';

/**
 * What the desktop app's relay answers to a browser that opens the join link: it cannot serve the
 * app itself (yet), so the page says where the link belongs. No script, no style, nothing loaded.
 */
const PAGE = `<!doctype html>
<html lang="es">
<head><meta charset="utf-8"><title>Relator</title></head>
<body>
<h1>Relator</h1>
<p>Este equipo comparte un evento de Relator. Para unirte, abre este enlace en Relator (Unirse a un evento → pega el enlace).</p>
<p lang="en">This computer is sharing a Relator event. To join, open this link in Relator (Join an event → paste the link).</p>
</body>
</html>
`;

export function desktopHostPage(request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', "default-src 'none'; base-uri 'none'; form-action 'none'");
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  const path = new URL(request.url ?? '/', 'http://relay.invalid').pathname;
  if ((request.method !== 'GET' && request.method !== 'HEAD') || path !== '/') {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found\n');
    return;
  }
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(request.method === 'HEAD' ? undefined : PAGE);
}

/**
 * The desktop's LAN listener: the venue device page and its files from the renderer's build
 * folder (`rendererRoot`), the short page above for the rest.
 */
export function desktopHostRequests(rendererRoot: string): (request: IncomingMessage, response: ServerResponse) => void {
  const deviceFiles = createDeviceFiles(rendererRoot);
  return (request, response) => {
    if (!deviceFiles(request, response)) desktopHostPage(request, response);
  };
}
