import type { JSX } from 'preact';

export interface BackupRowAction {
  label: string;
  /** The full name for assistive technology (which backup of which event). */
  ariaLabel: string;
  primary?: boolean;
  onClick: () => void;
}

interface Props {
  /** What the backup is, in words ("Copia del 2/12/26, 10:42"). */
  label: string;
  /** A detail after it, such as the file's size. */
  detail?: string;
  actions: readonly BackupRowAction[];
  disabled: boolean;
}

/** One backup in a list, with the ways to restore it: the backups screen and the notice after a lost database both show them so. */
export function BackupRow({ label, detail, actions, disabled }: Props): JSX.Element {
  return (
    <li class="backup-row">
      <span class="backup-row-label">{label}</span>
      {detail !== undefined && <span class="muted backup-row-detail">{detail}</span>}
      <span class="backup-row-actions">
        {actions.map((action) => (
          <button
            key={action.label}
            type="button"
            class={`button button-small${action.primary ? ' button-primary' : ''}`}
            disabled={disabled}
            aria-label={action.ariaLabel}
            onClick={action.onClick}
          >
            {action.label}
          </button>
        ))}
      </span>
    </li>
  );
}
