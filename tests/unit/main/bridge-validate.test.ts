import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/shared/bridge';
import { BridgeError, bridgeErrorCode, bridgeErrorDetail } from '../../../src/shared/bridge-errors';
import {
  LIMITS,
  utf8ByteLength,
  validateExternalUrl,
  validateFileData,
  validateSaveFileRequest,
} from '../../../src/shared/bridge-validate';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (error) {
    return bridgeErrorCode(error);
  }
};

describe('bridge validation', () => {
  it('rebuilds a save request with only the known fields', () => {
    const request = validateSaveFileRequest({
      title: 'Guardar',
      suggestedName: ' relatoría.md ',
      filters: [{ name: 'Markdown', extensions: ['md'], extra: 1 }],
      data: 'texto',
      __proto__hack: true,
    });
    expect(request).toEqual({
      title: 'Guardar',
      suggestedName: 'relatoría.md',
      filters: [{ name: 'Markdown', extensions: ['md'] }],
      data: 'texto',
    });
  });

  it('refuses bytes above the size limit and accepts the limit itself', () => {
    // Zero-filled buffers are not touched until written, so these stay cheap.
    expect(codeOf(() => validateFileData(new Uint8Array(MAX_FILE_BYTES + 1)))).toBe('too-large');
    expect(codeOf(() => validateFileData(new Uint8Array(MAX_FILE_BYTES)))).toBeNull();
  });

  it('counts UTF-8 bytes like an encoder does', () => {
    for (const text of ['', 'abc', 'ñandú', '“€”', '😀 emoji', '\ud800 lone surrogate']) {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).byteLength);
    }
  });

  it('refuses titles with control characters and over-long ones', () => {
    const base = { suggestedName: 'a.md', filters: [], data: '' };
    expect(codeOf(() => validateSaveFileRequest({ ...base, title: 'a\u0000b' }))).toBe('invalid-argument');
    expect(codeOf(() => validateSaveFileRequest({ ...base, title: 'x'.repeat(LIMITS.titleChars + 1) }))).toBe('invalid-argument');
    expect(codeOf(() => validateSaveFileRequest({ ...base, suggestedName: 'a\\b.md', title: 't' }))).toBe('invalid-argument');
  });

  it('normalises accepted links', () => {
    expect(validateExternalUrl('HTTPS://Example.org')).toBe('https://example.org/');
    expect(codeOf(() => validateExternalUrl('https://' + 'a'.repeat(LIMITS.urlChars)))).toBe('invalid-argument');
    expect(codeOf(() => validateExternalUrl('http://'))).toBe('invalid-argument');
  });

  it('opens mail links only to one plain address, never with attachments or other parameters', () => {
    expect(validateExternalUrl('mailto:relatoria@example.org')).toBe('mailto:relatoria@example.org');
    expect(validateExternalUrl('mailto:josé@ejemplo.org')).toBe('mailto:jos%C3%A9@ejemplo.org');
    for (const url of [
      'mailto:relatoria@example.org?attach=/etc/passwd',
      'mailto:relatoria@example.org?attachment=C:\\Users\\ana\\notas.docx',
      'mailto:relatoria@example.org?subject=Hola&body=x',
      'mailto:?to=relatoria@example.org',
      'mailto:relatoria@example.org?',
      'mailto:relatoria@example.org#x',
      'mailto:a@example.org,b@example.org',
      'mailto:a@example.org%2Cb@example.org',
      'mailto:relatoria@example.org%0ABcc:otro@example.org',
      'mailto:relatoria@example.org%3Fattach=/etc/passwd',
      'mailto:',
      'mailto:no-address',
    ]) {
      expect(
        codeOf(() => validateExternalUrl(url)),
        url,
      ).toBe('invalid-argument');
    }
  });
});

describe('bridge errors', () => {
  it('keep their code through Electron’s message wrapping', () => {
    const original = new BridgeError('no-space', 'there is not enough free space on the disk: /x');
    const wrapped = new Error(`Error invoking remote method 'relator:save-file': ${String(original)}`);
    expect(bridgeErrorCode(wrapped)).toBe('no-space');
    expect(bridgeErrorDetail(wrapped)).toBe('there is not enough free space on the disk: /x');
  });

  it('are not invented for other errors', () => {
    expect(bridgeErrorCode(new Error('boom'))).toBeNull();
    expect(bridgeErrorCode(new Error('[relator:made-up] x'))).toBeNull();
    expect(bridgeErrorCode(undefined)).toBeNull();
  });
});
