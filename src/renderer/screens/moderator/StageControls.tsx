import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { MAX_STAGE_MESSAGE, type StageMessage } from '../../store';

interface Props {
  message: StageMessage | null;
  /** The moderated mesa's name (null: the plenary), named on the button since its stage is the one opened. */
  mesaName: string | null;
  onOpen: () => void;
  onMessage: (text: string | null) => void;
}

/** Opens the stage display and sets the short message it shows under the timer. */
export function StageControls({ message, mesaName, onOpen, onMessage }: Props) {
  const t = useT();
  const [custom, setCustom] = useState('');
  return (
    <section class="stage-controls" aria-labelledby="stage-controls-title">
      <h3 id="stage-controls-title">{t('moderator.stage.heading')}</h3>
      <button type="button" class="button" onClick={onOpen}>
        {mesaName === null ? t('moderator.stage.open') : t('moderator.stage.openMesa', { name: mesaName })}
      </button>
      <div class="toolbar" role="group" aria-label={t('moderator.stage.message')}>
        <button type="button" class="button button-small" onClick={() => onMessage(t('moderator.stage.presetMinute'))}>
          {t('moderator.stage.presetMinute')}
        </button>
        <button type="button" class="button button-small" onClick={() => onMessage(t('moderator.stage.presetClose'))}>
          {t('moderator.stage.presetClose')}
        </button>
        <button type="button" class="button button-small" disabled={!message} onClick={() => onMessage(null)}>
          {t('moderator.stage.clear')}
        </button>
      </div>
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          if (custom.trim() === '') return;
          onMessage(custom);
          setCustom('');
        }}
      >
        <label class="field field-inline">
          <span>{t('moderator.stage.custom')}</span>
          <input type="text" maxLength={MAX_STAGE_MESSAGE} value={custom} onInput={(e) => setCustom(e.currentTarget.value)} />
        </label>
        <button type="submit" class="button button-small">
          {t('moderator.stage.show')}
        </button>
      </form>
      <p class="stage-message-now" data-testid="stage-message-now">
        {message ? t('moderator.stage.current', { text: message.text }) : t('moderator.stage.none')}
      </p>
    </section>
  );
}
