/**
 * The one kind of network request the desktop window makes beyond its own files: a live-sync
 * WebSocket to a relay on this machine or on the venue network (src/relay: `ws://<host>:<port>/sync/<eventId>`).
 * Join links name the host by its IPv4 address, so only such addresses in loopback and private
 * ranges are let through; any name, any public address and any other path stay blocked.
 */
const PRIVATE_IPV4: ReadonlyArray<readonly [number, number]> = [
  [0x7f000000, 8], // 127.0.0.0/8 loopback (the host's own copy)
  [0x0a000000, 8], // 10.0.0.0/8
  [0xac100000, 12], // 172.16.0.0/12
  [0xc0a80000, 16], // 192.168.0.0/16
  [0xa9fe0000, 16], // 169.254.0.0/16 link-local (two laptops on a cable, no DHCP)
  [0x64400000, 10], // 100.64.0.0/10 shared address space (some phone hotspots)
];

function ipv4Number(host: string): number | null {
  const parts = host.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = value * 256 + Number(part);
  }
  return value;
}

export function isLanRelayUrl(url: URL): boolean {
  if (url.protocol !== 'ws:' || url.username !== '' || url.password !== '' || !url.pathname.startsWith('/sync/')) return false;
  const address = ipv4Number(url.hostname);
  if (address === null) return false;
  return PRIVATE_IPV4.some(([network, bits]) => Math.floor(address / 2 ** (32 - bits)) === Math.floor(network / 2 ** (32 - bits)));
}
