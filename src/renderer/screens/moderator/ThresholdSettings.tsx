import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { validPrefs, type ModeratorPrefs } from '../../store';

interface Props {
  prefs: ModeratorPrefs;
  onSave: (prefs: ModeratorPrefs) => void;
}

/** Warning thresholds (seconds before the end) and the optional chime. */
export function ThresholdSettings({ prefs, onSave }: Props) {
  const t = useT();
  const [warning, setWarning] = useState(String(prefs.warningMs / 1000));
  const [final, setFinal] = useState(String(prefs.finalMs / 1000));
  const [error, setError] = useState(false);
  useEffect(() => {
    setWarning(String(prefs.warningMs / 1000));
    setFinal(String(prefs.finalMs / 1000));
  }, [prefs.warningMs, prefs.finalMs]);

  const commit = (w: string, f: string) => {
    const next = { ...prefs, warningMs: Math.round(Number(w) * 1000), finalMs: Math.round(Number(f) * 1000) };
    const ok = w.trim() !== '' && f.trim() !== '' && validPrefs(next);
    setError(!ok);
    if (ok && (next.warningMs !== prefs.warningMs || next.finalMs !== prefs.finalMs)) onSave(next);
  };

  return (
    <details class="threshold-settings">
      <summary>{t('moderator.thresholds.heading')}</summary>
      <div class="field-row">
        <label class="field">
          <span>{t('moderator.thresholds.warning')}</span>
          <input
            type="number"
            min={0}
            max={3600}
            step={1}
            value={warning}
            aria-invalid={error}
            onInput={(e) => setWarning(e.currentTarget.value)}
            onChange={(e) => commit(e.currentTarget.value, final)}
          />
        </label>
        <label class="field">
          <span>{t('moderator.thresholds.final')}</span>
          <input
            type="number"
            min={0}
            max={3600}
            step={1}
            value={final}
            aria-invalid={error}
            onInput={(e) => setFinal(e.currentTarget.value)}
            onChange={(e) => commit(warning, e.currentTarget.value)}
          />
        </label>
      </div>
      {error && (
        <p class="field-error" role="alert">
          {t('moderator.thresholds.invalid')}
        </p>
      )}
      <label class="check">
        <input type="checkbox" checked={prefs.chime} onChange={(e) => onSave({ ...prefs, chime: e.currentTarget.checked })} />{' '}
        {t('moderator.thresholds.chime')}
      </label>
    </details>
  );
}
