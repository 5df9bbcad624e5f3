import type { Id, IsoInstant, Language, NoteKind } from '../model/types';
import type { ReportLabels } from './labels';
import type { ReportOptions } from './options';

/**
 * The report as every writer sees it: already filtered, ordered, labelled and with user text
 * cleaned, so Markdown, DOCX and CSV cannot disagree about what the report says.
 */
export interface ReportModel {
  language: Language;
  labels: ReportLabels;
  options: ReportOptions;
  /** What the relatoría covers: the event as one (no mesas), the general one of all mesas, or one mesa's. */
  scope: { kind: 'event' } | { kind: 'general' } | { kind: 'mesa'; mesaId: Id; name: string };
  meta: ReportMeta;
  title: ReportTitle;
  sections: ReportSection[];
  /** One row per speaking turn held and finished, for the CSV. */
  turnRows: TurnRow[];
}

export interface ReportMeta {
  title: string;
  /** The rapporteur who keeps the file. */
  creator: string;
  created: IsoInstant;
  /** BCP 47 tag of the report language, e.g. `es-MX`. */
  locale: string;
}

export interface ReportTitle {
  /**
   * The cover's line above the title naming what the relatoría covers ("Relatoría general",
   * "Relatoría de la mesa: Agua"); '' for the event's own relatoría, whose cover says "Relatoría".
   */
  scope: string;
  title: string;
  subtitle: string;
  /** Label/value lines under the title (organisers, date, place, time span, rapporteur); empty ones left out. */
  details: { label: string; value: string }[];
  /** The organisers' logos for the cover, in order; `caption` is the alternative text. */
  logos: ReportPhoto[];
}

/** Headings: level 1 is a top section (Objectives, Question 1…), 2 and 3 nest under it. */
export type HeadingLevel = 1 | 2 | 3;

export interface ReportSection {
  /** Stable identifier, e.g. `objectives`, `question-1`, `question-1-proposal`, `annex`. */
  id: string;
  level: HeadingLevel;
  heading: string;
  blocks: ReportBlock[];
}

export type ReportBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'bullets'; items: string[] }
  /** Attributed notes as a bullet list; `showKind` when kinds are mixed (chronological lists, annex). */
  | { type: 'notes'; items: ReportNote[]; showKind: boolean; showQuestion: boolean }
  | { type: 'quotes'; items: ReportNote[] }
  | { type: 'table'; table: ReportTable }
  /** A photo of the annex: its bytes and size, "Fotografía 1" and the caption. Markdown prints the caption only. */
  | { type: 'photo'; photo: ReportPhoto };

export interface ReportPhoto {
  label: string;
  caption: string;
  mediaType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
  data: Uint8Array;
}

export interface ReportNote {
  text: string;
  kind: NoteKind;
  kindLabel: string;
  speaker: string | null;
  /** Formatted per the timestamp option; null when hidden or unknown. */
  time: string | null;
  /** Shown with a ★: only when the report options ask for it (`markStarred`). */
  starred: boolean;
  /** Label of the question the note was taken under (e.g. "Pregunta 2"), null for general notes. */
  question: string | null;
  /** The general relatoría labels each contribution with its mesa ("Mesa 1", "Plenaria"); null elsewhere. */
  mesa: string | null;
}

export interface ReportTable {
  columns: string[];
  /** Right-aligned columns (figures). */
  numeric: boolean[];
  rows: string[][];
}

export interface TurnRow {
  /** Where the turn was held (a mesa's name, or the plenary), in an event with mesas; null in one without. */
  mesa: string | null;
  speaker: string;
  role: string;
  gender: string;
  question: string;
  /** Local date-time in the event's time zone, `YYYY-MM-DD HH:MM:SS`. */
  actualStart: string;
  actualEnd: string;
  /** Whole seconds as the moderator's clock showed them (core/timer/turn-timing.ts); null: open discussion. */
  plannedSeconds: number | null;
  /** Net time given (+) or taken (−) during the turn. */
  adjustSeconds: number;
  /** Time spoken, pauses left out. */
  seconds: number;
  /** seconds − (planned + adjustment); null for open discussion. */
  differenceSeconds: number | null;
}

/**
 * The bold label before a note in a list: its kind, its question and its mesa, as the block and the
 * note call for; '' when none applies.
 */
export function noteLabel(n: ReportNote, showKind: boolean, showQuestion: boolean): string {
  const parts = [showKind ? n.kindLabel : '', showQuestion ? (n.question ?? '') : '', n.mesa ?? ''];
  return parts.filter((p) => p !== '').join(' · ');
}

/** A quote's signature line: who said it and when, and in the general relatoría the mesa where. */
export function quoteSignature(n: ReportNote): string {
  return [attribution(n), n.mesa ?? ''].filter((p) => p !== '').join(' · ');
}

/** "(Ana Pérez, 0:12:03)"-style attribution; '' when there is nothing to attribute. */
export function attribution(note: Pick<ReportNote, 'speaker' | 'time'>): string {
  if (note.speaker && note.time) return `${note.speaker}, ${note.time}`;
  return note.speaker || note.time || '';
}
