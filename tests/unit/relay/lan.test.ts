import type { NetworkInterfaceInfo } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { joinLink, lanAddresses } from '../../../src/relay/lan';
import { createSyncHost, type SyncHost } from '../../../src/relay/sync-host';
import { newEventId, newJoinCode } from './helpers';

const entry = (address: string, family: 'IPv4' | 'IPv6', internal: boolean): NetworkInterfaceInfo =>
  ({ address, family, internal, netmask: '', mac: '', cidr: null, scopeid: 0 }) as NetworkInterfaceInfo;

const VENUE = {
  lo: [entry('127.0.0.1', 'IPv4', true), entry('::1', 'IPv6', true)],
  wlan0: [entry('fe80::1', 'IPv6', false), entry('192.168.1.20', 'IPv4', false)],
  eth0: [entry('10.0.0.5', 'IPv4', false)],
};

describe('LAN addresses and the join link', () => {
  it('lists the IPv4 addresses other devices can reach, loopback and IPv6 left out', () => {
    expect(lanAddresses(VENUE)).toEqual(['192.168.1.20', '10.0.0.5']);
    expect(lanAddresses({ lo: VENUE.lo })).toEqual([]);
  });

  it('builds the link a person shares', () => {
    const eventId = newEventId();
    const code = newJoinCode();
    expect(joinLink('192.168.1.20', 41234, eventId, code)).toBe(`http://192.168.1.20:41234/?join=${eventId}&code=${code}`);
  });
});

describe('hostSync’s answer', () => {
  let host: SyncHost | undefined;
  afterEach(() => host?.close());

  const start = (interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): SyncHost =>
    createSyncHost({ listenHost: '127.0.0.1', networkInterfaces: () => interfaces, handleRequest: (_q, r) => r.end() });

  it('gives the port, the addresses, the link for the first address and the local URL of the host’s own copy', async () => {
    host = start(VENUE);
    const eventId = newEventId();
    const joinCode = newJoinCode();
    const result = await host.host({ eventId, joinCode });
    expect(result).toEqual({
      port: result.port,
      addresses: ['192.168.1.20', '10.0.0.5'],
      link: `http://192.168.1.20:${result.port}/?join=${eventId}&code=${joinCode}`,
      localUrl: `ws://127.0.0.1:${result.port}/sync`,
    });
    expect(result.port).toBeGreaterThan(0);
  });

  it('links to 127.0.0.1 when the machine has no network', async () => {
    host = start({ lo: VENUE.lo });
    const eventId = newEventId();
    const joinCode = newJoinCode();
    const result = await host.host({ eventId, joinCode });
    expect(result.addresses).toEqual([]);
    expect(result.link).toBe(`http://127.0.0.1:${result.port}/?join=${eventId}&code=${joinCode}`);
  });
});
