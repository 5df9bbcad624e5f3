let supported: ReadonlySet<string> | undefined;

/**
 * Whether Intl knows an IANA time zone. The first `Intl.DateTimeFormat` of a process costs ~15 ms
 * (ICU start-up), so the zones Intl lists are answered from that list (~2 ms); anything else
 * (aliases such as `Asia/Calcutta`, other spellings) still gets the authoritative constructor test.
 */
export function isKnownTimeZone(zone: string): boolean {
  supported ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  if (zone === 'UTC' || supported.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
