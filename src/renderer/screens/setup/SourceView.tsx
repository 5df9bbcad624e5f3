import { memo } from 'preact/compat';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { numberFormat } from '../../../core/i18n/locales';
import { currentLanguage, useT } from '../../i18n';
import { useProgressiveCount, whenIdle } from '../../components/use-progressive-count';
import type { DraftQuestion } from '../../../core/setup';

interface Props {
  source: string;
  questions: DraftQuestion[];
  activeKey: string | null;
  onActivate: (key: string) => void;
}

/** Characters of the pasted text shown; beyond this the page would stall laying out text nobody reads here. */
const SOURCE_VIEW_CAP = 300_000;

interface Piece {
  text: string;
  key?: string;
  n?: number;
}

/** Characters per block of the view: blocks off screen are neither laid out nor painted. */
const CHUNK_CHARS = 4_000;
/** Blocks rendered with the first frame of a new text (one fills the box); the rest follow in idle moments. */
const FIRST_CHUNKS = 1;
/** Blocks added in each idle moment after that. */
const IDLE_CHUNKS = 6;

/**
 * Groups pieces into blocks of about CHUNK_CHARS, cutting plain text only after a newline so no line
 * is broken in two. Each block is `content-visibility: auto`: a long paste costs layout only where
 * the reader is, not for all of its hundreds of thousands of characters.
 */
function chunks(all: Piece[]): Piece[][] {
  const out: Piece[][] = [];
  let current: Piece[] = [];
  let size = 0;
  for (const piece of all) {
    let p = piece;
    while (!p.key && size + p.text.length > CHUNK_CHARS) {
      const cut = p.text.indexOf('\n', Math.max(0, CHUNK_CHARS - size - 1));
      if (cut < 0 || cut === p.text.length - 1) break;
      current.push({ text: p.text.slice(0, cut + 1) });
      out.push(current);
      current = [];
      size = 0;
      p = { text: p.text.slice(cut + 1) };
    }
    current.push(p);
    size += p.text.length;
  }
  if (current.length) out.push(current);
  return out;
}

/** Cuts the source into plain text and the spans questions came from (overlaps keep the first). */
function pieces(full: string, questions: DraftQuestion[]): Piece[] {
  const source = full.slice(0, SOURCE_VIEW_CAP);
  const spans = questions
    .map((q, i) => ({ key: q.key, n: i + 1, span: q.span }))
    .filter((s): s is { key: string; n: number; span: [number, number] } => s.span !== null && s.span[1] <= source.length)
    .sort((a, b) => a.span[0] - b.span[0]);
  const out: Piece[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.span[0] < at) continue;
    if (s.span[0] > at) out.push({ text: source.slice(at, s.span[0]) });
    out.push({ text: source.slice(s.span[0], s.span[1]), key: s.key, n: s.n });
    at = s.span[1];
  }
  if (at < source.length) out.push({ text: source.slice(at) });
  return out;
}

/**
 * The pasted text, read-only, with each question's source highlighted and numbered like the
 * list beside it; the question being worked on is scrolled into view.
 */
export const SourceView = memo(function SourceView({ source, questions, activeKey, onActivate }: Props) {
  const t = useT();
  const label = t('setup.sourceTitle');
  // One translation for thousands of marks: the number is put into the translated pattern.
  const pattern = t('setup.questionLabel', { n: '\u0000' });
  const markLabel = (n: number) => pattern.replace('\u0000', String(n));
  const box = useRef<HTMLDivElement>(null);
  // A text longer than the first frame's block starts in the first idle moment after that frame: a long paste
  // collapses into its summary, so this view is below the fold of a laptop's screen when the questions found are
  // first shown, and cutting thousands of spans out of it would only delay that frame.
  const [startedFor, setStartedFor] = useState<string | null>(null);
  const started = source.length <= CHUNK_CHARS * FIRST_CHUNKS || startedFor === source;
  useEffect(() => {
    if (!started) return whenIdle(() => setStartedFor(source));
  }, [started, source]);
  const blocks = useMemo(() => (started ? chunks(pieces(source, questions)) : []), [started, source, questions]);
  // A long paste shows its beginning with the questions found, and the rest of the text in idle moments after.
  const [count, complete] = useProgressiveCount(blocks.length, source, FIRST_CHUNKS, IDLE_CHUNKS);
  /** The question whose mark was last scrolled to: the view follows the question being worked on, once each time. */
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (activeKey === scrolledTo.current) return;
    if (!activeKey) return void (scrolledTo.current = null);
    if (!started) return void setStartedFor(source);
    const mark = box.current?.querySelector(`[data-key="${CSS.escape(activeKey)}"]`);
    if (!mark || !box.current) {
      // Its mark may be in a block not rendered yet: render them all now (this runs again once they are).
      if (count < blocks.length) complete();
      return;
    }
    scrolledTo.current = activeKey;
    // From the boxes on screen, not offsetTop: each block contains its layout, so it is the mark's offsetParent.
    const top = box.current.scrollTop + mark.getBoundingClientRect().top - box.current.getBoundingClientRect().top - 40;
    box.current.scrollTo({ top, behavior: 'smooth' });
  }, [activeKey, count, started]);
  return (
    <div ref={box} class="source-view" tabIndex={0} role="region" aria-label={label} data-testid="source-view">
      {(count < blocks.length ? blocks.slice(0, count) : blocks).map((chunk, c) => (
        <div
          key={c}
          class="source-chunk"
          // A guess at the block's height until it is first laid out (then the browser remembers it).
          style={{ containIntrinsicSize: `auto ${Math.ceil(chunk.reduce((n, p) => n + p.text.length, 0) / 60) * 1.45}em` }}
        >
          {chunk.map((p, i) =>
            p.key ? (
              <mark
                key={p.key}
                data-key={p.key}
                data-n={p.n}
                class={p.key === activeKey ? 'source-mark active' : 'source-mark'}
                title={markLabel(p.n!)}
                onClick={() => onActivate(p.key!)}
              >
                <span class="visually-hidden">{markLabel(p.n!)}: </span>
                {p.text}
              </mark>
            ) : (
              <span key={`t${i}`}>{p.text}</span>
            ),
          )}
        </div>
      ))}
      {source.length > SOURCE_VIEW_CAP && (
        <p class="hint">
          {t('setup.sourceCut', {
            shown: numberFormat(currentLanguage()).format(SOURCE_VIEW_CAP),
            total: numberFormat(currentLanguage()).format(source.length),
          })}
        </p>
      )}
    </div>
  );
});
