import { describe, expect, it } from 'vitest';
import { dist, distFailureMessage, parseDistArgs } from '../../../scripts/dist.mjs';

/** An error shaped like the one electron-builder passes on when the Electron download cannot start. */
function offline(): Error {
  const cause = Object.assign(new Error('getaddrinfo ENOTFOUND example.invalid'), { code: 'ENOTFOUND' });
  const error = new Error(`getaddrinfo ENOTFOUND example.invalid\n    at GetAddrInfoReqWrap.onlookup (node:dns:120:26)`, { cause });
  return Object.assign(error, { code: 'ENOTFOUND' });
}

describe('npm run dist', () => {
  it('builds the app, then packs the installers of the platforms asked for', async () => {
    const steps: string[] = [];
    const code = await dist({
      argv: ['--linux', '--win'],
      root: '/repo',
      build: (root) => void steps.push(`build ${root}`),
      packager: async ({ config, targets }) => void steps.push(`pack ${config} ${targets.join(',')}`),
      log: (line) => steps.push(`log ${line}`),
    });
    expect(code).toBe(0);
    expect(steps).toEqual(['build /repo', 'pack /repo/electron-builder.yml win,linux']);
  });

  it('where Electron cannot be downloaded, says so in Spanish and English, with no stack trace, and fails', async () => {
    const lines: string[] = [];
    const code = await dist({ build: () => undefined, packager: () => Promise.reject(offline()), log: (line) => lines.push(line) });
    expect(code).toBe(1);
    const message = lines.join('\n');
    expect(message).toContain('no se pudo descargar Electron');
    expect(message).toContain('Electron could not be downloaded');
    expect(message).toContain('docs/release.md');
    expect(message).toContain('(getaddrinfo ENOTFOUND example.invalid)');
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('names any other failure by its first line, and says where the details are', () => {
    const message = distFailureMessage(new Error('Invalid configuration object.\n configuration.win has an unknown property'));
    expect(message).toContain('(Invalid configuration object.)');
    expect(message).toContain('RELATOR_DEBUG=1');
    expect(message).not.toContain('descargar');
  });

  it('refuses an unknown option with its usage line', () => {
    expect(parseDistArgs([])).toEqual({ platforms: [] });
    expect(parseDistArgs(['--mac'])).toEqual({ platforms: ['mac'] });
    expect(() => parseDistArgs(['--windows'])).toThrow(/usage: npm run dist -- \[--win\] \[--mac\] \[--linux\]/);
  });
});
