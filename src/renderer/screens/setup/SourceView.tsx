import { memo } from 'preact/compat';
import { useEffect, useRef } from 'preact/hooks';
import { numberFormat } from '../../../core/i18n/locales';
import { currentLanguage, useT } from '../../i18n';
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
  const markLabel = (n: number) => t('setup.questionLabel', { n });
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!activeKey) return;
    const mark = box.current?.querySelector(`[data-key="${CSS.escape(activeKey)}"]`);
    if (mark && box.current) {
      const top = (mark as HTMLElement).offsetTop - box.current.offsetTop - 40;
      box.current.scrollTo({ top, behavior: 'smooth' });
    }
  }, [activeKey]);
  return (
    <div ref={box} class="source-view" tabIndex={0} role="region" aria-label={label} data-testid="source-view">
      {pieces(source, questions).map((p, i) =>
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
