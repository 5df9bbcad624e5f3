import type { Id } from '../../core/model/types';
import { JOIN_CODE_BYTES, joinCodeFrom } from '../../core/sync';
import {
  asToSourceMessage,
  deviceLink,
  sourceSocketUrl,
  type DeviceKind,
  type DeviceStatus,
  type MesaKey,
  type RemoteCommand,
  stageViewOf,
  type StageViewInput,
} from '../../core/venue';
import { currentLanguage } from '../i18n';
import { getSetting, setSetting } from '../store';
import { syncEntry } from '../sync';
import { VenueLink, type LinkStatus } from './link';

/**
 * The moderator's side of the venue devices (docs/venue-devices.md): one link per synced event to
 * the relay's venue channel, with the event's join code. Through it this copy grants and revokes
 * device codes, sends each mesa's stage view and receives the remotes' commands. The grants are
 * kept in the settings and granted again at each (re)connection, so a device's link survives a
 * restart of either end.
 */

export interface Grant {
  kind: DeviceKind;
  mesa: MesaKey;
  code: string;
}

export interface SourceState {
  status: LinkStatus | 'unavailable';
  grants: Grant[];
  devices: DeviceStatus[];
}

type CommandHandler = (command: RemoteCommand) => void;
export type ViewInput = Omit<StageViewInput, 'offsetMs'>;

class VenueSource {
  private link: VenueLink<ReturnType<typeof asToSourceMessage>> | null = null;
  private grants: Grant[] = [];
  private devices: DeviceStatus[] = [];
  private views = new Map<MesaKey, ViewInput>();
  private listeners = new Set<() => void>();
  readonly handlers = new Map<MesaKey, CommandHandler>();
  origin: string | null = null;

  constructor(readonly eventId: Id) {}

  state(): SourceState {
    return { status: this.link?.status ?? 'unavailable', grants: this.grants, devices: this.devices };
  }

  get offsetMs(): number | null {
    return this.link?.offsetMs ?? null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.listeners.forEach((l) => l());
  }

  /** Connects (again) with the event's sync entry; false when the event is not in sync here. */
  async connect(): Promise<boolean> {
    const entry = await syncEntry(this.eventId);
    const saved = ((await getSetting('venueGrants')) ?? {})[this.eventId];
    if (!entry) {
      await this.forget();
      return false;
    }
    this.joinCode = entry.code;
    // Grants made under another join code died with it (hosting was turned off since).
    this.grants = saved && saved.joinCode === entry.code ? saved.grants : [];
    this.origin = new URL(entry.link).origin;
    const url = sourceSocketUrl(entry.serverUrl, this.eventId, entry.code);
    if (this.link && this.url === url) return true;
    this.link?.stop();
    this.url = url;
    const link = new VenueLink({
      url,
      parse: asToSourceMessage,
      onMessage: (message) => {
        if (!message) return;
        if (message.type === 'devices') {
          this.devices = message.devices;
          this.changed();
        } else if (message.type === 'command') {
          this.handlers.get(message.mesa)?.(message.command);
        }
      },
      onStatus: (status) => {
        // Views are on the relay's clock: they are sent again once the offset is known.
        if (status === 'online') for (const mesa of this.views.keys()) this.sendView(mesa);
        this.changed();
      },
      onOpen: () => {
        this.devices = [];
        for (const grant of this.grants) link.send({ type: 'grant', ...grant });
      },
    });
    this.link = link;
    link.start();
    this.changed();
    return true;
  }

  private url: string | null = null;
  private joinCode: string | null = null;

  disconnect(): void {
    this.link?.stop();
    this.link = null;
    this.url = null;
    this.devices = [];
    this.changed();
  }

  private async saveGrants(): Promise<void> {
    const all = { ...((await getSetting('venueGrants')) ?? {}) };
    if (this.grants.length > 0 && this.joinCode !== null) all[this.eventId] = { joinCode: this.joinCode, grants: this.grants };
    else delete all[this.eventId];
    await setSetting('venueGrants', all);
  }

  async grant(kind: DeviceKind, mesa: MesaKey): Promise<Grant> {
    const existing = this.grants.find((g) => g.kind === kind && g.mesa === mesa);
    if (existing) return existing;
    const grant: Grant = { kind, mesa, code: joinCodeFrom(globalThis.crypto.getRandomValues(new Uint8Array(JOIN_CODE_BYTES))) };
    this.grants = [...this.grants, grant];
    await this.saveGrants();
    this.link?.send({ type: 'grant', ...grant });
    this.changed();
    return grant;
  }

  async revoke(code: string): Promise<void> {
    this.grants = this.grants.filter((g) => g.code !== code);
    this.devices = this.devices.filter((d) => d.code !== code);
    await this.saveGrants();
    // Sent only when connected; otherwise the code is simply not granted again at the next connection.
    this.link?.send({ type: 'revoke', code });
    this.changed();
  }

  /** Sends a mesa's view (kept, and sent again after a reconnection), on the relay's clock. */
  publish(mesa: MesaKey, input: ViewInput): void {
    this.views.set(mesa, input);
    this.sendView(mesa);
  }

  private sendView(mesa: MesaKey): void {
    const input = this.views.get(mesa);
    const offsetMs = this.link?.offsetMs;
    // Before the first ping's answer the offset is unknown; the view goes once it is (onStatus).
    if (!input || offsetMs == null) return;
    this.link?.send({ type: 'view', mesa, view: stageViewOf({ ...input, offsetMs }) });
  }

  linkFor(grant: Grant): string | null {
    if (!this.origin) return null;
    return deviceLink(this.origin, { kind: grant.kind, eventId: this.eventId, code: grant.code, language: currentLanguage() });
  }

  /** Hosting stopped (or the event left sync): the relay has dropped the grants; the codes are forgotten here too. */
  async forget(): Promise<void> {
    this.disconnect();
    this.grants = [];
    this.views.clear();
    await this.saveGrants();
    this.changed();
  }
}

const sources = new Map<Id, VenueSource>();

/** The event's venue source in this window (made on first use; it connects when asked). */
export function venueSource(eventId: Id): VenueSource {
  let source = sources.get(eventId);
  if (!source) sources.set(eventId, (source = new VenueSource(eventId)));
  return source;
}

export type { VenueSource };
