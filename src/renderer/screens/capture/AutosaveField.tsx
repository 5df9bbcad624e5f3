import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n';

type Status = 'idle' | 'saving' | 'saved' | 'failed';
const DELAY_MS = 700;

interface AutosaveFieldProps {
  id: string;
  label: string;
  initial: string;
  rows?: number;
  save: (text: string) => Promise<unknown>;
}

/** A text area saved on its own shortly after typing stops (and on leaving it), showing "Guardado". */
export function AutosaveField({ id, label, initial, rows = 5, save }: AutosaveFieldProps) {
  const t = useT();
  const [status, setStatus] = useState<Status>('idle');
  const area = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saved = useRef(initial);
  // What was typed last, readable even while unmounting (the element ref is gone by then).
  const latest = useRef(initial);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const text = latest.current;
    if (text === saved.current) return;
    setStatus('saving');
    saveRef.current(text).then(
      () => {
        saved.current = text;
        setStatus('saved');
      },
      () => setStatus('failed'),
    );
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => () => flushRef.current(), []);

  return (
    <div class="field autosave-field">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        ref={area}
        rows={rows}
        defaultValue={initial}
        aria-describedby={`${id}-status`}
        onInput={(e) => {
          latest.current = (e.currentTarget as HTMLTextAreaElement).value;
          if (timer.current !== null) clearTimeout(timer.current);
          timer.current = setTimeout(flush, DELAY_MS);
        }}
        onBlur={flush}
      />
      <span id={`${id}-status`} class={`autosave-status autosave-${status}`}>
        {status === 'idle' ? '' : t(`capture.synthesis.${status}`)}
      </span>
    </div>
  );
}
