import { addSample, bestOffset, CLOSE_REVOKED, offsetSample, parseFrame, type OffsetSample } from '../../core/venue';
import { pageNow } from '../moderation/use-timer-now';

/** How often each end asks the relay for its time: the clock offset, and proof the connection is alive. */
const PING_EVERY_MS = 2000;
/** No message for this long: the connection is taken for dead (a Wi-Fi gone quiet), closed and opened again. */
const SILENCE_LIMIT_MS = 6500;
const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 5000;

/**
 * connecting: not yet (or no longer) talking to the relay, trying; online: messages flow;
 * revoked: the relay said this link is over (the code was revoked or hosting stopped), no more tries.
 */
export type LinkStatus = 'connecting' | 'online' | 'revoked';

export interface LinkOptions<In> {
  url: string;
  /** Checks an incoming message (already JSON-parsed); null drops it. */
  parse(value: unknown): In | null;
  onMessage(message: In): void;
  onStatus(status: LinkStatus): void;
  /** Called after each open (before any message): a source grants its codes again there. */
  onOpen?(): void;
}

type Pong = { type: 'pong'; id: number; time: number };
const isPong = (v: unknown): v is Pong => (v as Pong | null)?.type === 'pong';

/**
 * A WebSocket to the relay's venue channel that keeps itself alive: it pings, estimates the relay
 * clock's offset from the answers, treats silence as a drop, and reconnects with a growing pause
 * until it is stopped. A page shows `status` so a dropped link is never a silently frozen clock.
 */
export class VenueLink<In> {
  private socket: WebSocket | null = null;
  private samples: OffsetSample[] = [];
  private pings = new Map<number, number>();
  private nextId = 0;
  private retryMs = RETRY_FIRST_MS;
  private pingTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private lastHeard = 0;
  private stopped = false;
  private current: LinkStatus = 'connecting';

  constructor(private readonly options: LinkOptions<In>) {}

  get status(): LinkStatus {
    return this.current;
  }

  /** The relay's clock minus this page's (pageNow), ms; null before the first answer. */
  get offsetMs(): number | null {
    return bestOffset(this.samples);
  }

  start(): void {
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
    this.socket?.close();
    this.socket = null;
  }

  /** Drops the connection now and opens a new one (the browser says the network changed). */
  restart(): void {
    if (this.stopped || this.current === 'revoked') return;
    const socket = this.socket;
    this.socket = null;
    socket?.close();
    this.clearTimers();
    this.retryMs = RETRY_FIRST_MS;
    this.setStatus('connecting');
    this.open();
  }

  /** Sends when online; false otherwise (the caller says so, rather than queueing a stale command). */
  send(message: unknown): boolean {
    if (this.current !== 'online' || this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  private setStatus(status: LinkStatus): void {
    if (status === this.current) return;
    this.current = status;
    this.options.onStatus(status);
  }

  private clearTimers(): void {
    clearTimeout(this.pingTimer);
    clearTimeout(this.retryTimer);
  }

  private open(): void {
    this.clearTimers();
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.options.url);
    } catch {
      return this.retry();
    }
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      this.lastHeard = pageNow();
      this.retryMs = RETRY_FIRST_MS;
      this.options.onOpen?.();
      this.ping();
    };
    socket.onmessage = (e: MessageEvent) => {
      if (this.socket !== socket || typeof e.data !== 'string') return;
      this.lastHeard = pageNow();
      const value = parseFrame(e.data);
      if (isPong(value)) return this.onPong(value);
      const message = this.options.parse(value);
      if (message !== null) this.options.onMessage(message);
    };
    socket.onclose = (e: CloseEvent) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.clearTimers();
      if (e.code === CLOSE_REVOKED) return this.setStatus('revoked');
      this.setStatus('connecting');
      this.retry();
    };
  }

  private retry(): void {
    if (this.stopped) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
    this.retryTimer = setTimeout(() => !this.stopped && this.open(), wait);
  }

  private ping(): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    if (pageNow() - this.lastHeard > SILENCE_LIMIT_MS) {
      // Silent for too long: the relay (or the Wi-Fi) is gone even if the socket has not noticed.
      this.socket = null;
      socket.close();
      this.setStatus('connecting');
      return this.retry();
    }
    const id = this.nextId++;
    this.pings.set(id, pageNow());
    if (this.pings.size > 16) this.pings.delete(this.pings.keys().next().value!);
    socket.send(JSON.stringify({ type: 'ping', id }));
    this.pingTimer = setTimeout(() => this.ping(), PING_EVERY_MS);
  }

  private onPong(pong: Pong): void {
    const sentAt = this.pings.get(pong.id);
    if (sentAt === undefined) return;
    this.pings.delete(pong.id);
    this.samples = addSample(this.samples, offsetSample(sentAt, pong.time, pageNow()));
    // Online once the offset is known: before that, the clock could not be shown right.
    this.setStatus('online');
  }
}
