import { createContext } from 'preact';
import { useCallback, useContext, useMemo, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
  /** Optional action, e.g. "Undo". */
  action?: { label: string; run: () => void };
}

interface NoticesApi {
  notify: (notice: Omit<Notice, 'id'>) => void;
}

const NoticesContext = createContext<NoticesApi>({ notify: () => undefined });

export function useNotices(): NoticesApi {
  return useContext(NoticesContext);
}

let nextId = 1;

/**
 * Short messages after an action ("Evento eliminado — Deshacer"). Announced through a live
 * region; errors stay until dismissed, information leaves after a while.
 */
export function NoticesProvider({ children, dismissLabel }: { children: ComponentChildren; dismissLabel: string }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (notice: Omit<Notice, 'id'>) => {
      const id = nextId++;
      setNotices((list) => [...list.slice(-3), { ...notice, id }]);
      if (notice.kind === 'info') setTimeout(() => dismiss(id), notice.action ? 10_000 : 5_000);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ notify }), [notify]);
  return (
    <NoticesContext.Provider value={api}>
      {children}
      <div class="notices" role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} class={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
            <span class="notice-text">{n.text}</span>
            {n.action && (
              <button
                type="button"
                class="button button-small"
                onClick={() => {
                  n.action?.run();
                  dismiss(n.id);
                }}
              >
                {n.action.label}
              </button>
            )}
            <button type="button" class="button button-small" aria-label={dismissLabel} onClick={() => dismiss(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NoticesContext.Provider>
  );
}
