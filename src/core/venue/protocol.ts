import type { TimerPhase, TimerThresholds } from '../timer/events';

/**
 * The venue devices' channel (docs/venue-devices.md): a stage display or a remote control on
 * another device of the venue network, reached through the relay. Three kinds of connection:
 * the moderator's copy (`source`, with the event's join code), a stage display (`stage`, with a
 * stage code: it only receives) and a remote (`remote`, with a control code: it receives the
 * same view and sends a few commands). Every message is JSON text, checked by the functions
 * below on both ends: the relay (before forwarding) and the receiver.
 */

/** The largest message either side accepts (bytes of JSON). */
export const MAX_VENUE_MESSAGE_BYTES = 8192;
/** Texts a device shows are cut to what a screen can hold; a longer one is refused, not cut. */
export const MAX_VIEW_TEXT = 300;
/** Grants one event may hold at once (stage displays and remotes of all its mesas). */
export const MAX_GRANTS_PER_EVENT = 64;

export type DeviceKind = 'stage' | 'remote';
/** A mesa's id, or "plenary" for the event's plenary stage. */
export type MesaKey = string;
export const PLENARY: MesaKey = 'plenary';

/**
 * The running turn as the moderator's timer model holds it (src/core/timer/fold.ts): a device
 * folds nothing, it runs the clock from these figures. `runningSince` is on the relay's clock
 * (each end estimates its own offset to it), so a device whose clock is wrong still shows the
 * right time.
 */
export interface ViewTimer {
  phase: TimerPhase;
  plannedMs: number | null;
  adjustMs: number;
  allowanceMs: number | null;
  closedSpansMs: number;
  runningSince: number | null;
}

/** Everything a stage display shows, and nothing else (no notes, no participants' list). */
export interface StageView {
  mesaName: string | null;
  /** The speaker with the floor, or the next one when `speaking` is false; null when nobody. */
  speaker: string | null;
  speaking: boolean;
  timer: ViewTimer;
  /** The next turn's planned time, previewed while nobody speaks. */
  idlePlannedMs: number | null;
  thresholds: TimerThresholds;
  message: string | null;
  /** Whether there is someone in the queue (the remote's "next" button). */
  queued: number;
}

export type RemoteCommand = { type: 'toggle' } | { type: 'next' } | { type: 'finish' } | { type: 'adjust'; deltaMs: 60_000 | -60_000 };

export interface DeviceStatus {
  code: string;
  kind: DeviceKind;
  mesa: MesaKey;
  /** Devices connected with this code now. */
  connected: number;
}

/** What the moderator's copy sends to the relay. */
export type SourceMessage =
  | { type: 'grant'; kind: DeviceKind; mesa: MesaKey; code: string }
  | { type: 'revoke'; code: string }
  | { type: 'view'; mesa: MesaKey; view: StageView }
  | { type: 'ping'; id: number };

/** What a device sends to the relay (a stage display only pings). */
export type DeviceMessage = { type: 'ping'; id: number } | { type: 'command'; command: RemoteCommand };

/** What the relay sends to the moderator's copy. */
export type ToSourceMessage =
  | { type: 'devices'; devices: DeviceStatus[] }
  | { type: 'command'; mesa: MesaKey; command: RemoteCommand }
  | { type: 'pong'; id: number; time: number };

/** What the relay sends to a device. */
export type ToDeviceMessage = { type: 'view'; view: StageView | null } | { type: 'pong'; id: number; time: number };

/** Close codes the relay gives a device, so it knows whether trying again makes sense. */
export const CLOSE_REVOKED = 4403;
export const CLOSE_SOURCE_GONE = 4000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[A-Za-z0-9_-]{22,128}$/;
const PHASES: readonly TimerPhase[] = ['idle', 'running', 'paused', 'finished'];

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasOnly = (v: Obj, keys: readonly string[]): boolean => Object.keys(v).every((k) => keys.includes(k));
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const nonNegative = (v: unknown): v is number => finite(v) && v >= 0;
const orNull =
  <T>(check: (v: unknown) => v is T) =>
  (v: unknown): v is T | null =>
    v === null || check(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_VIEW_TEXT;
const messageId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

const isMesaKey = (v: unknown): v is MesaKey => v === PLENARY || (typeof v === 'string' && UUID.test(v));
export const isDeviceCode = (v: unknown): v is string => typeof v === 'string' && CODE.test(v);
const isKind = (v: unknown): v is DeviceKind => v === 'stage' || v === 'remote';

function isViewTimer(v: unknown): v is ViewTimer {
  if (!isObject(v) || !hasOnly(v, ['phase', 'plannedMs', 'adjustMs', 'allowanceMs', 'closedSpansMs', 'runningSince'])) return false;
  return (
    PHASES.includes(v.phase as TimerPhase) &&
    orNull(nonNegative)(v.plannedMs) &&
    finite(v.adjustMs) &&
    orNull(finite)(v.allowanceMs) &&
    nonNegative(v.closedSpansMs) &&
    orNull(finite)(v.runningSince) &&
    // Only a running timer has a start of its running span.
    (v.runningSince === null) === (v.phase !== 'running')
  );
}

export function isStageView(v: unknown): v is StageView {
  if (!isObject(v)) return false;
  const keys = ['mesaName', 'speaker', 'speaking', 'timer', 'idlePlannedMs', 'thresholds', 'message', 'queued'];
  if (!hasOnly(v, keys) || keys.some((k) => !(k in v))) return false;
  const th = v.thresholds;
  return (
    orNull(text)(v.mesaName) &&
    orNull(text)(v.speaker) &&
    typeof v.speaking === 'boolean' &&
    isViewTimer(v.timer) &&
    orNull(nonNegative)(v.idlePlannedMs) &&
    isObject(th) &&
    hasOnly(th, ['warningMs', 'finalMs']) &&
    nonNegative(th.warningMs) &&
    nonNegative(th.finalMs) &&
    orNull(text)(v.message) &&
    Number.isSafeInteger(v.queued) &&
    (v.queued as number) >= 0
  );
}

function isRemoteCommand(v: unknown): v is RemoteCommand {
  if (!isObject(v)) return false;
  if (v.type === 'adjust') return hasOnly(v, ['type', 'deltaMs']) && (v.deltaMs === 60_000 || v.deltaMs === -60_000);
  return (v.type === 'toggle' || v.type === 'next' || v.type === 'finish') && hasOnly(v, ['type']);
}

/** Parses one frame: JSON no larger than MAX_VENUE_MESSAGE_BYTES, else null. */
export function parseFrame(data: string): unknown {
  if (data.length > MAX_VENUE_MESSAGE_BYTES) return null;
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

export function asSourceMessage(v: unknown): SourceMessage | null {
  if (!isObject(v)) return null;
  switch (v.type) {
    case 'grant':
      return hasOnly(v, ['type', 'kind', 'mesa', 'code']) && isKind(v.kind) && isMesaKey(v.mesa) && isDeviceCode(v.code)
        ? (v as SourceMessage)
        : null;
    case 'revoke':
      return hasOnly(v, ['type', 'code']) && isDeviceCode(v.code) ? (v as SourceMessage) : null;
    case 'view':
      return hasOnly(v, ['type', 'mesa', 'view']) && isMesaKey(v.mesa) && isStageView(v.view) ? (v as SourceMessage) : null;
    case 'ping':
      return hasOnly(v, ['type', 'id']) && messageId(v.id) ? (v as SourceMessage) : null;
    default:
      return null;
  }
}

/** A device's message; a stage display may only ping. */
export function asDeviceMessage(v: unknown, kind: DeviceKind): DeviceMessage | null {
  if (!isObject(v)) return null;
  if (v.type === 'ping') return hasOnly(v, ['type', 'id']) && messageId(v.id) ? (v as DeviceMessage) : null;
  if (v.type === 'command' && kind === 'remote') {
    return hasOnly(v, ['type', 'command']) && isRemoteCommand(v.command) ? (v as DeviceMessage) : null;
  }
  return null;
}

export function asToSourceMessage(v: unknown): ToSourceMessage | null {
  if (!isObject(v)) return null;
  if (v.type === 'pong') return messageId(v.id) && finite(v.time) ? (v as ToSourceMessage) : null;
  if (v.type === 'command') return isMesaKey(v.mesa) && isRemoteCommand(v.command) ? (v as ToSourceMessage) : null;
  if (v.type === 'devices') {
    const ok =
      Array.isArray(v.devices) &&
      v.devices.every((d) => isObject(d) && isDeviceCode(d.code) && isKind(d.kind) && isMesaKey(d.mesa) && nonNegative(d.connected));
    return ok ? (v as ToSourceMessage) : null;
  }
  return null;
}

export function asToDeviceMessage(v: unknown): ToDeviceMessage | null {
  if (!isObject(v)) return null;
  if (v.type === 'pong') return messageId(v.id) && finite(v.time) ? (v as ToDeviceMessage) : null;
  if (v.type === 'view') return v.view === null || isStageView(v.view) ? (v as ToDeviceMessage) : null;
  return null;
}
