import { LANGUAGES, type Language } from '../model/types';

/** How note times are shown: wall-clock time in the event's time zone, session time, or not at all. */
export type TimestampMode = 'clock' | 'elapsed' | 'none';
const TIMESTAMP_MODES: readonly TimestampMode[] = ['clock', 'elapsed', 'none'];

/** Notes under a question either grouped by kind (ideas, proposals…) or in one chronological list. */
export type GroupMode = 'kind' | 'chronological';
const GROUP_MODES: readonly GroupMode[] = ['kind', 'chronological'];

/**
 * Who the report says said something: by name; by role and institution only ("Investigadora,
 * UNAM"); or nobody ("what was said, not who said it"). Applied wherever a participant would be
 * named — notes, quotes, the annex, commitments, the participants table, speaking time, the CSV
 * (see attribution.ts).
 */
export type AttributionPolicy = 'name' | 'role' | 'none';
const ATTRIBUTION_POLICIES: readonly AttributionPolicy[] = ['name', 'role', 'none'];

/** Where the program (agenda, planned vs actual) goes: after the methodology, as an annex, or nowhere. */
export type ProgramPlacement = 'body' | 'annex' | 'none';
const PROGRAM_PLACEMENTS: readonly ProgramPlacement[] = ['body', 'annex', 'none'];

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
  /** The photo annex ("Anexo fotográfico"), when the event has photos. */
  includePhotos: boolean;
  /** The attendance section lists attendees by name. Off by default (privacy), and only when attribution is by name. */
  includeAttendanceList: boolean;
  program: ProgramPlacement;
}

/** The options chosen among named values, each with its `relator export` option (`--group kind`). */
export const REPORT_CHOICES = [
  { key: 'language', flag: 'lang', values: LANGUAGES },
  { key: 'timestamps', flag: 'timestamps', values: TIMESTAMP_MODES },
  { key: 'group', flag: 'group', values: GROUP_MODES },
  { key: 'program', flag: 'program', values: PROGRAM_PLACEMENTS },
  { key: 'attribution', flag: 'attribution', values: ATTRIBUTION_POLICIES },
] as const satisfies readonly { key: keyof ReportOptions; flag: string; values: readonly string[] }[];

/** The yes/no options, each with the `relator export` flag that turns its default over (`--no-annex`). */
export const REPORT_TOGGLES = [
  { key: 'includeAnnex', flag: 'no-annex' },
  { key: 'starredOnly', flag: 'starred-only' },
  { key: 'markStarred', flag: 'mark-starred' },
  { key: 'includeSpeakingTime', flag: 'no-speaking-time' },
  { key: 'includePhotos', flag: 'no-photos' },
  { key: 'includeAttendanceList', flag: 'attendance-list' },
] as const satisfies readonly { key: keyof ReportOptions; flag: string }[];

/** What every option is when nobody chose (the language follows the event's). */
export const REPORT_DEFAULTS: Omit<ReportOptions, 'language'> = {
  timestamps: 'elapsed',
  includeAnnex: true,
  starredOnly: false,
  group: 'kind',
  includeSpeakingTime: true,
  attribution: 'name',
  markStarred: false,
  includePhotos: true,
  includeAttendanceList: false,
  program: 'body',
};

export function resolveReportOptions(eventLanguage: Language, options: Partial<ReportOptions> = {}): ReportOptions {
  const d = REPORT_DEFAULTS;
  return {
    language: options.language ?? eventLanguage,
    timestamps: options.timestamps ?? d.timestamps,
    includeAnnex: options.includeAnnex ?? d.includeAnnex,
    starredOnly: options.starredOnly ?? d.starredOnly,
    group: options.group ?? d.group,
    includeSpeakingTime: options.includeSpeakingTime ?? d.includeSpeakingTime,
    attribution: options.attribution ?? d.attribution,
    markStarred: options.markStarred ?? d.markStarred,
    includePhotos: options.includePhotos ?? d.includePhotos,
    includeAttendanceList: options.includeAttendanceList ?? d.includeAttendanceList,
    program: options.program ?? d.program,
  };
}
