import type { NetworkInterfaceInfo } from 'node:os';

/** The machine's IPv4 addresses other devices on the venue network can reach (no loopback), in the system's order. */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  const found: string[] = [];
  for (const entries of Object.values(interfaces)) {
    for (const entry of entries ?? []) {
      // Node ≤ 18.3 reported the family as a number.
      const ipv4 = entry.family === 'IPv4' || (entry.family as unknown) === 4;
      if (ipv4 && !entry.internal && !found.includes(entry.address)) found.push(entry.address);
    }
  }
  return found;
}

/** What a person shares (and the QR code holds): the app's address on the LAN with the event and its code. */
export function joinLink(address: string, port: number, eventId: string, joinCode: string): string {
  const url = new URL(`http://${address}:${port}/`);
  url.searchParams.set('join', eventId);
  url.searchParams.set('code', joinCode);
  return url.href;
}
