import { useEffect, useRef, useState } from 'preact/hooks';
import type { Id } from '../../core/model/types';
import { PLENARY, type DeviceKind, type RemoteCommand } from '../../core/venue';
import { subscribeSyncStatus } from '../sync';
import { venueSource, type Grant, type SourceState, type ViewInput } from './source';

export interface VenueDevices {
  /** unavailable: the event is not in sync in this window (hosting must be turned on first). */
  state: SourceState;
  /** This mesa's grants, with their links (null while the relay's address is unknown). */
  grants: { grant: Grant; link: string | null; connected: number }[];
  grant(kind: DeviceKind): Promise<unknown>;
  revoke(code: string): Promise<void>;
}

/**
 * The moderator screen's venue devices for its mesa: publishes the stage view whenever it changes,
 * passes the remotes' commands to `onCommand` (the screen's own command handler, which validates
 * and applies them like its buttons), and offers the grants for the panel.
 */
export function useVenueDevices(
  eventId: Id,
  mesaId: Id | null,
  view: ViewInput,
  onCommand: (command: RemoteCommand) => void,
): VenueDevices {
  const source = venueSource(eventId);
  const mesa = mesaId ?? PLENARY;
  const [state, setState] = useState<SourceState>(source.state());
  const handler = useRef(onCommand);
  handler.current = onCommand;

  useEffect(() => {
    const update = () => setState(source.state());
    const stop = source.subscribe(update);
    // Joining or leaving sync (hosting turned on or off) is when the link is made or dropped.
    const stopSync = subscribeSyncStatus(eventId, () => void source.connect().then(update));
    return () => {
      stop();
      stopSync();
    };
  }, [eventId]);

  useEffect(() => {
    source.handlers.set(mesa, (command) => handler.current(command));
    return () => void source.handlers.delete(mesa);
  }, [eventId, mesa]);

  const key = JSON.stringify(view);
  useEffect(() => source.publish(mesa, view), [eventId, mesa, key, state.status]);

  const grants = state.grants
    .filter((g) => g.mesa === mesa)
    .map((grant) => ({
      grant,
      link: source.linkFor(grant),
      connected: state.devices.find((d) => d.code === grant.code)?.connected ?? 0,
    }));
  return { state, grants, grant: (kind) => source.grant(kind, mesa), revoke: (code) => source.revoke(code) };
}
