import { describe, expect, it } from 'vitest';
import { JOIN_CODE_BYTES, joinCodeFrom, joinLink, parseJoinLink } from '../../../src/core/sync';

describe('join links and codes', () => {
  it('makes a URL-safe code of 128 bits from random bytes, and refuses fewer bytes', () => {
    const code = joinCodeFrom(new Uint8Array(JOIN_CODE_BYTES).fill(0xfb));
    expect(code).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(() => joinCodeFrom(new Uint8Array(8))).toThrow(/16/);
  });

  it('reads back the link it makes, as the relay address y-websocket is given', () => {
    const code = joinCodeFrom(Uint8Array.from({ length: 16 }, (_, i) => i * 17));
    const link = joinLink('http://192.168.1.20:4455', '2b0c7c52-4d3e-4c9e-9a47-0d6f1d1c2e3f', code);
    expect(parseJoinLink(`  ${link}\n`)).toEqual({
      eventId: '2b0c7c52-4d3e-4c9e-9a47-0d6f1d1c2e3f',
      code,
      serverUrl: 'ws://192.168.1.20:4455/sync',
      origin: 'http://192.168.1.20:4455',
    });
  });

  it('is not fooled by text that is not a join link', () => {
    for (const text of [
      '',
      'hola',
      'http://x/?join=abc',
      'http://x/?code=AAAAAAAAAAAAAAAAAAAA',
      'ftp://x/?join=a&code=AAAAAAAAAAAAAAAAAAAAAA',
      'http://x/?join=a/b&code=AAAAAAAAAAAAAAAAAAAAAA',
    ])
      expect(parseJoinLink(text)).toBeNull();
  });
});
