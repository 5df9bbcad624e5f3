import type { DeviceTarget } from '../../../core/venue';
import { useT } from '../../i18n';
import '../../styles/venue.css';
import { DeviceRemote } from './DeviceRemote';
import { DeviceStage } from './DeviceStage';

/** The page a venue device opens (device.html): the stage display or the remote its link names. */
export function DeviceApp({ target }: { target: DeviceTarget | null }) {
  const t = useT();
  if (!target) {
    return (
      <main class="device-remote">
        <p class="device-banner device-banner-revoked" role="alert">
          {t('venue.device.invalid')}
        </p>
      </main>
    );
  }
  return target.kind === 'stage' ? <DeviceStage target={target} /> : <DeviceRemote target={target} />;
}
