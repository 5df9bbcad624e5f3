import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import sirv from 'sirv';
import { CONTENT_SECURITY_POLICY, PROJECT_ROOT } from '../../scripts/serve-web.mjs';
import { createSyncHost, type SyncHost } from '../../src/relay/sync-host';

/**
 * The relay of the e2e and bench runs: Relator's own sync host (src/relay) on 127.0.0.1, serving
 * the built web app on the same port as `npm start`'s server does, so a join link opens the app
 * and its WebSocket goes back to the same host.
 */
export interface TestRelay {
  host: SyncHost;
  port: number;
  link: string;
  code: string;
  /** Closes the relay: every connection drops and the relay forgets the documents. */
  stop(): Promise<void>;
  /** Opens it again on the same port, for the same event and code. */
  start(): Promise<void>;
  close(): Promise<void>;
}

function newHost(port: number): SyncHost {
  const files = sirv(join(PROJECT_ROOT, 'out/web'), { single: true, dotfiles: false });
  return createSyncHost({
    listenHost: '127.0.0.1',
    port,
    networkInterfaces: () => ({}),
    handleRequest: (request, response) => {
      response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      files(request, response);
    },
  });
}

export async function startRelay(eventId: string): Promise<TestRelay> {
  const code = randomBytes(16).toString('base64url');
  let host = newHost(0);
  const first = await host.host({ eventId, joinCode: code });
  const relay: TestRelay = {
    host,
    port: first.port,
    link: first.link,
    code,
    stop: () => host.close(),
    async start() {
      host = newHost(first.port);
      relay.host = host;
      await host.host({ eventId, joinCode: code });
    },
    close: () => host.close(),
  };
  return relay;
}
