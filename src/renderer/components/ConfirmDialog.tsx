import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export interface ConfirmChoice {
  label: string;
  value: string;
  danger?: boolean;
}

interface Props {
  title: string;
  body: string;
  choices: ConfirmChoice[];
  cancelLabel: string;
  onClose: (value: string | null) => void;
  /** What the user should look at before choosing (e.g. a preview), shown under the body. */
  children?: ComponentChildren;
}

/** A modal question built on the native <dialog>: focus trapping and Escape come for free. */
export function ConfirmDialog({ title, body, choices, cancelLabel, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      onCancel={(e) => {
        e.preventDefault();
        onClose(null);
      }}
    >
      <h2 id="confirm-title">{title}</h2>
      <p id="confirm-body">{body}</p>
      {children}
      <div class="dialog-actions">
        <button type="button" class="button" onClick={() => onClose(null)} autofocus>
          {cancelLabel}
        </button>
        {choices.map((c) => (
          <button
            key={c.value}
            type="button"
            class={c.danger ? 'button button-danger' : 'button button-primary'}
            onClick={() => onClose(c.value)}
          >
            {c.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
