/**
 * A minimal ZIP writer (deflate or stored entries, no ZIP64) for the DOCX package, so the host can
 * supply its fastest raw-DEFLATE: Node's zlib compresses a 10,000-note document.xml several
 * times faster than the pure-JS compressor docx bundles. Pure: compression is injected.
 */
export type DeflateRaw = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;
export type Crc32 = (data: Uint8Array) => number;

let table: Uint32Array | null = null;

/** CRC-32 (IEEE), table-driven; used when the host gives no native one. */
export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Entry {
  name: Uint8Array;
  crc: number;
  size: number;
  data: Uint8Array;
  method: 0 | 8;
  offset: number;
}

/** DOS date/time of 1980-01-01 00:00: entries carry no real time, so output is reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

export async function zipFiles(files: ReadonlyMap<string, Uint8Array>, deflateRaw: DeflateRaw, crc: Crc32 = crc32): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const entries: Entry[] = [];
  let offset = 0;
  for (const [path, raw] of files) {
    const compressed = raw.length > 64 ? await deflateRaw(raw) : raw;
    const stored = compressed === raw || compressed.length >= raw.length;
    const entry: Entry = {
      name: encoder.encode(path),
      crc: crc(raw),
      size: raw.length,
      data: stored ? raw : compressed,
      method: stored ? 0 : 8,
      offset,
    };
    entries.push(entry);
    offset += 30 + entry.name.length + entry.data.length;
  }
  const centralSize = entries.reduce((s, e) => s + 46 + e.name.length, 0);
  if (offset + centralSize > 0xffffffff || entries.length > 0xffff) throw new Error('ZIP too large');
  const out = new Uint8Array(offset + centralSize + 22);
  const view = new DataView(out.buffer);
  let p = 0;
  const u16 = (v: number) => {
    view.setUint16(p, v, true);
    p += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(p, v, true);
    p += 4;
  };
  const common = (e: Entry) => {
    u16(20); // version needed: 2.0
    u16(0x0800); // UTF-8 names
    u16(e.method);
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(e.crc);
    u32(e.data.length);
    u32(e.size);
    u16(e.name.length);
    u16(0); // extra length
  };
  for (const e of entries) {
    u32(0x04034b50);
    common(e);
    out.set(e.name, p);
    p += e.name.length;
    out.set(e.data, p);
    p += e.data.length;
  }
  const centralStart = p;
  for (const e of entries) {
    u32(0x02014b50);
    u16(20); // version made by
    common(e);
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(e.offset);
    out.set(e.name, p);
    p += e.name.length;
  }
  const centralLength = p - centralStart;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(centralLength);
  u32(centralStart);
  u16(0);
  return out;
}
