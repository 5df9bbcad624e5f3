import { useEffect, useRef, useState } from 'preact/hooks';
import { asToDeviceMessage, deviceSocketUrl, type DeviceTarget, type RemoteCommand, type StageView } from '../../core/venue';
import { VenueLink, type LinkStatus } from './link';

export interface DeviceLinkState {
  status: LinkStatus;
  /** The moderator's last view (null: none yet, or the moderator is not there). */
  view: StageView | null;
  /** The relay's clock minus this page's; 0 until known (the page shows "connecting" until then). */
  offsetMs: number;
  /** A remote's command; false when it could not be sent (the page says so). */
  send(command: RemoteCommand): boolean;
}

/** A device page's link to the relay: the stage view it follows and its clock's offset. */
export function useDeviceLink(target: DeviceTarget, origin: string = location.origin): DeviceLinkState {
  const [status, setStatus] = useState<LinkStatus>('connecting');
  const [view, setView] = useState<StageView | null>(null);
  const [offsetMs, setOffset] = useState(0);
  const link = useRef<VenueLink<StageView | null> | null>(null);
  useEffect(() => {
    const current = new VenueLink<StageView | null>({
      url: deviceSocketUrl(origin, target),
      parse: (value) => {
        const message = asToDeviceMessage(value);
        return message?.type === 'view' ? message.view : null;
      },
      onMessage: (next) => setView(next),
      onStatus: (next) => {
        setStatus(next);
        if (next === 'online') setOffset(current.offsetMs ?? 0);
      },
    });
    // The offset is refined with each answer; the page reads the newest every second.
    const refresh = setInterval(() => setOffset(current.offsetMs ?? 0), 1000);
    link.current = current;
    current.start();
    // The browser knows of a network change before the silence limit does: show it and reconnect at once.
    const reconnectNow = () => current.restart();
    window.addEventListener('online', reconnectNow);
    window.addEventListener('offline', reconnectNow);
    return () => {
      clearInterval(refresh);
      window.removeEventListener('online', reconnectNow);
      window.removeEventListener('offline', reconnectNow);
      current.stop();
    };
  }, [origin, target.kind, target.eventId, target.code]);
  return {
    status,
    view,
    offsetMs,
    send: (command) => link.current?.send({ type: 'command', command }) ?? false,
  };
}
