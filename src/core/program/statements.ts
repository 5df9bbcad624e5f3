import { isClosingLine } from './closing';
import { isPanelLabel, isTimeLine, themeHeading } from './headings';
import type { Line } from './lines';
import { markerAt, type MarkerKind } from './markers';
import { headingOnLine, isSectionLine, MAX_QUESTIONS, newGroup, type RawQuestion } from './questions';

/**
 * The items under a theme heading ("Ejes de discusión", "Discussion themes", "Eixos temáticos"):
 * one per list item, "Eje 1." / "Eixo 2 –" / "Theme 3:" line or, unmarked, per line, even without
 * a question mark. A theme line followed by questions names their panel instead.
 */

/** "Eje 1.", "Eixo 2 –", "Theme 3:", "Tema 4)": the theme's own numbering, removed from the item. */
const THEME_MARKER = /^(?:eje|eixo|axis|axe|theme|tema|topic|linea|línea|línea tematica)\s{0,3}(?:\d{1,2}|[ivx]{1,4})\s{0,3}[.:)\-–—]\s*/i;

interface Pending {
  start: number;
  end: number;
  kind: MarkerKind | 'theme' | null;
  block: string;
}

export function readStatements(norm: string, lines: Line[], from: number): { items: RawQuestion[]; next: number } {
  const items: Pending[] = [];
  const group = newGroup();
  let label = '';
  let kind: MarkerKind | 'theme' | null | undefined;
  let j = from + 1;
  for (; j < lines.length && items.length < MAX_QUESTIONS; j++) {
    const line = lines[j]!;
    const t = line.text;
    if (headingOnLine(line) || themeHeading(t) || isSectionLine(line) || isTimeLine(t) || isClosingLine(t)) break;
    const theme = THEME_MARKER.exec(t);
    const m = theme ? null : markerAt(t);
    const cut = theme ? theme[0].length : (m?.length ?? 0);
    const lineKind = theme ? 'theme' : (m?.kind ?? null);
    const body = t.slice(cut);
    const last = items[items.length - 1];
    if (!body) continue;
    if (last && !lineKind && line.gapBefore === 0 && !/[.;:!?…]$/.test(norm.slice(last.start, last.end)) && /^\p{Ll}/u.test(body)) {
      // A statement wrapped over two lines.
      last.end = line.end;
      continue;
    }
    if (items.length === 0 && !lineKind && t.endsWith(':') && line.gapBefore <= 1) continue; // "Los ejes son:"
    if (items.length > 0 && (lineKind !== kind || (line.gapBefore > 0 && !lineKind))) break;
    if (items.length === 0 && line.gapBefore > 1) break;
    if (!lineKind && (t.length > 200 || (isPanelLabel(t) && !theme))) break;
    const next = lines[j + 1];
    if (theme && next && next.gapBefore === 0 && asks(next.text) && !THEME_MARKER.test(next.text)) {
      // "Eje 1. Gobernanza" over its questions: the theme names the panel the questions belong to.
      label = body.replace(/[\s:.]+$/, '');
      kind = kind ?? 'theme';
      for (j++; j < lines.length && lines[j]!.gapBefore === 0 && asks(lines[j]!.text); j++) {
        const q = lines[j]!;
        const qm = markerAt(q.text);
        items.push({ start: q.start + (qm?.length ?? 0), end: q.end, kind: 'theme', block: label });
      }
      j--;
      continue;
    }
    kind ??= lineKind;
    items.push({ start: line.start + cut, end: line.end, kind: lineKind, block: label && !theme ? label : '' });
  }
  return {
    items: items.map((it) => {
      const text = norm.slice(it.start, it.end).replace(/\s+/g, ' ').trim();
      return {
        text,
        block: it.block,
        start: it.start,
        end: it.end,
        listed: it.kind !== null,
        rule: text.includes('?') ? 'list' : 'statement',
        group,
      };
    }),
    next: j,
  };
}

const asks = (t: string): boolean => t.includes('?') && !isClosingLine(t);
