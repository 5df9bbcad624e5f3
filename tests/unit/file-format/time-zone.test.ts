import { describe, expect, it } from 'vitest';
import { parseEventFile, serializeEventFile } from '../../../src/core/file-format';
import { META, smallBundle } from './fixture';

function warningsFor(timeZone: string): string[] {
  const bundle = smallBundle();
  bundle.event.timeZone = timeZone;
  const result = parseEventFile(serializeEventFile(bundle, META));
  if (!result.ok) throw new Error('the file was refused');
  return result.warnings.map((w) => w.code);
}

describe('time zone of an event file', () => {
  // The check answers listed zones from Intl's list and asks Intl itself about anything else.
  it.each(['America/Mexico_City', 'UTC', 'Asia/Calcutta', 'america/bogota', 'Etc/GMT+5'])('accepts %s, which Intl knows', (zone) => {
    expect(warningsFor(zone)).not.toContain('time-zone-unknown');
  });

  it.each(['Mars/Olympus_Mons', 'Hora de México'])('warns about %s, which Intl does not know', (zone) => {
    expect(warningsFor(zone)).toContain('time-zone-unknown');
  });
});
