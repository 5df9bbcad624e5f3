import type { Language } from '../model/types';

/**
 * The time zones an event can be set to: the IANA names Intl knows, never free text ("Hora de
 * México" used to be accepted, and the report then fell back to UTC). Mexico's zones come first
 * for a Spanish interface, where most of Relator's forums take place.
 */

/** Mexico's zones, the most populated first, with the names people use for them. */
export const MEXICO_TIME_ZONES: ReadonlyArray<{ zone: string; es: string; en: string }> = [
  { zone: 'America/Mexico_City', es: 'Ciudad de México (centro)', en: 'Mexico City (Central Mexico)' },
  { zone: 'America/Monterrey', es: 'Monterrey', en: 'Monterrey' },
  { zone: 'America/Merida', es: 'Mérida', en: 'Mérida' },
  { zone: 'America/Cancun', es: 'Cancún (Quintana Roo)', en: 'Cancún (Quintana Roo)' },
  { zone: 'America/Tijuana', es: 'Tijuana (Baja California)', en: 'Tijuana (Baja California)' },
  { zone: 'America/Hermosillo', es: 'Hermosillo (Sonora)', en: 'Hermosillo (Sonora)' },
  { zone: 'America/Mazatlan', es: 'Mazatlán (Sinaloa, Nayarit, BCS)', en: 'Mazatlán (Sinaloa, Nayarit, BCS)' },
  { zone: 'America/Chihuahua', es: 'Chihuahua', en: 'Chihuahua' },
  { zone: 'America/Ciudad_Juarez', es: 'Ciudad Juárez', en: 'Ciudad Juárez' },
  { zone: 'America/Ojinaga', es: 'Ojinaga', en: 'Ojinaga' },
  { zone: 'America/Matamoros', es: 'Matamoros', en: 'Matamoros' },
  { zone: 'America/Bahia_Banderas', es: 'Bahía de Banderas', en: 'Bahía de Banderas' },
];

let supported: readonly string[] | undefined;

/** Every zone Intl lists, plus UTC (which Intl accepts but does not list). */
export function supportedTimeZones(): readonly string[] {
  supported ??= [...new Set([...(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []), 'UTC'])];
  return supported;
}

/**
 * The IANA name for what was typed or chosen: a listed zone as Intl spells it (any letter case),
 * or an alias Intl accepts ("Asia/Calcutta"); null for anything else ("Hora de México", "GMT-6").
 */
export function canonicalTimeZone(input: string): string | null {
  const wanted = input.trim();
  if (wanted === '') return null;
  const zones = supportedTimeZones();
  if (zones.includes(wanted)) return wanted;
  const lower = wanted.toLowerCase();
  const listed = zones.find((z) => z.toLowerCase() === lower);
  if (listed) return listed;
  // Only names shaped like IANA ones: Intl also takes offsets ("+06:00") that are no zone at all.
  if (!/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/.test(wanted)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: wanted }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export interface TimeZoneOption {
  zone: string;
  /** What the user reads next to the name, e.g. "Ciudad de México (centro)"; '' when the name says it all. */
  label: string;
}

/**
 * The zones in the order a picker offers them: the computer's zone, then (for a Spanish interface)
 * Mexico's, then every other zone alphabetically.
 */
export function timeZoneOptions(language: Language, computerZone: string): TimeZoneOption[] {
  const mexico = new Map(MEXICO_TIME_ZONES.map((m) => [m.zone, m[language]]));
  const first = [computerZone, ...(language === 'es' ? MEXICO_TIME_ZONES.map((m) => m.zone) : [])];
  const rest = [...supportedTimeZones()].sort((a, b) => a.localeCompare(b));
  const seen = new Set<string>();
  const out: TimeZoneOption[] = [];
  for (const zone of [...first, ...rest]) {
    if (seen.has(zone) || canonicalTimeZone(zone) === null) continue;
    seen.add(zone);
    out.push({ zone, label: mexico.get(zone) ?? cityOf(zone) });
  }
  return out;
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires": the part of the name people search for. */
function cityOf(zone: string): string {
  const last = zone.split('/').pop() ?? zone;
  const city = last.replace(/_/g, ' ');
  return city === zone ? '' : city;
}
