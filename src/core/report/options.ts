import type { Language } from '../model/types';

/** How note times are shown: wall-clock time in the event's time zone, session time, or not at all. */
export type TimestampMode = 'clock' | 'elapsed' | 'none';
export const TIMESTAMP_MODES: readonly TimestampMode[] = ['clock', 'elapsed', 'none'];

/** Notes under a question either grouped by kind (ideas, proposals…) or in one chronological list. */
export type GroupMode = 'kind' | 'chronological';
export const GROUP_MODES: readonly GroupMode[] = ['kind', 'chronological'];

/**
 * Who the report says said something: by name; by role and institution only ("Investigadora,
 * UNAM"); or nobody ("what was said, not who said it"). Applied wherever a participant would be
 * named — notes, quotes, the annex, commitments, the participants table, speaking time, the CSV
 * (see attribution.ts).
 */
export type AttributionPolicy = 'name' | 'role' | 'none';
export const ATTRIBUTION_POLICIES: readonly AttributionPolicy[] = ['name', 'role', 'none'];

/** Where the program (agenda, planned vs actual) goes: after the methodology, as an annex, or nowhere. */
export type ProgramPlacement = 'body' | 'annex' | 'none';
export const PROGRAM_PLACEMENTS: readonly ProgramPlacement[] = ['body', 'annex', 'none'];

export interface ReportOptions {
  /** Language of the report's own labels; independent of the UI language. */
  language: Language;
  timestamps: TimestampMode;
  includeAnnex: boolean;
  starredOnly: boolean;
  group: GroupMode;
  includeSpeakingTime: boolean;
  attribution: AttributionPolicy;
  /** Starred notes carry a ★ in the report. Off by default: stars are a rapporteur's selection tool, not part of the published text. */
  markStarred: boolean;
  /** The attendance section lists attendees by name. Off by default (privacy), and only when attribution is by name. */
  includeAttendanceList: boolean;
  program: ProgramPlacement;
  /** The photo annex ("Anexo fotográfico"), when the event has photos. */
  includePhotos: boolean;
}

export function resolveReportOptions(eventLanguage: Language, options: Partial<ReportOptions> = {}): ReportOptions {
  return {
    language: options.language ?? eventLanguage,
    timestamps: options.timestamps ?? 'elapsed',
    includeAnnex: options.includeAnnex ?? true,
    starredOnly: options.starredOnly ?? false,
    group: options.group ?? 'kind',
    includeSpeakingTime: options.includeSpeakingTime ?? true,
    attribution: options.attribution ?? 'name',
    markStarred: options.markStarred ?? false,
    includeAttendanceList: options.includeAttendanceList ?? false,
    program: options.program ?? 'body',
    includePhotos: options.includePhotos ?? true,
  };
}
