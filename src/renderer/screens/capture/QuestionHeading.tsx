import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n';

/**
 * The current question above the notes, clamped to two lines so a long one does not push the
 * notes away; a button (only when something is hidden) shows it whole. The clamp is visual only:
 * the heading always holds the whole text for screen readers.
 */
export function QuestionHeading({ id, text }: { id: string; text: string }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [open, setOpen] = useState(false);
  const [clamped, setClamped] = useState(false);

  useEffect(() => setOpen(false), [text]);
  useLayoutEffect(() => {
    const el = heading.current;
    if (!el) return;
    const check = () => setClamped(el.scrollHeight > el.clientHeight + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    // A narrower window can clamp a question that fitted before.
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [text, open]);

  return (
    <div class={`question-heading${open ? ' question-heading-open' : ''}`}>
      <h2 id={id} ref={heading} class="capture-current">
        {text}
      </h2>
      {(clamped || open) && (
        <button
          type="button"
          class="link-button question-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t('capture.question.less') : t('capture.question.more')}
        </button>
      )}
    </div>
  );
}
