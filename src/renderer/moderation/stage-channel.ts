import type { Id } from '../../core/model/types';

/**
 * The moderator → stage signal for the short message. The timer itself needs no signal: both
 * windows fold the same persisted log. The message is persisted too (so a reopened stage shows
 * it); the channel only makes it appear at once rather than on the next database notification.
 */
export type StageSignal = { type: 'message'; text: string | null };

export interface StageChannel {
  post(signal: StageSignal): void;
  close(): void;
}

/** One channel per stage: the plenary's (the name it had before mesas) and each mesa's. */
function channelName(eventId: Id, mesaId: Id | null): string {
  return mesaId === null ? `relator-stage:${eventId}` : `relator-stage:${eventId}:${mesaId}`;
}

export function isStageSignal(value: unknown): value is StageSignal {
  const v = value as StageSignal | null;
  return !!v && v.type === 'message' && (v.text === null || typeof v.text === 'string');
}

export function openStageChannel(eventId: Id, mesaId: Id | null, onSignal?: (signal: StageSignal) => void): StageChannel {
  const Ctor = globalThis.BroadcastChannel;
  if (!Ctor) return { post: () => {}, close: () => {} };
  const channel = new Ctor(channelName(eventId, mesaId));
  if (onSignal) {
    channel.onmessage = (e: MessageEvent) => {
      if (isStageSignal(e.data)) onSignal(e.data);
    };
  }
  return { post: (signal) => channel.postMessage(signal), close: () => channel.close() };
}
