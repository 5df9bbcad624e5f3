import { useT } from '../../i18n';
import type { LinkStatus } from '../../venue/link';

/** Says plainly when a device page is not (or no longer) following the moderator. */
export function LinkBanner({ status }: { status: LinkStatus }) {
  const t = useT();
  if (status === 'online') return null;
  const revoked = status === 'revoked';
  return (
    <p class={`device-banner${revoked ? ' device-banner-revoked' : ''}`} role="alert" data-testid="device-banner">
      {revoked ? t('venue.device.revoked') : t('venue.device.offline')}
    </p>
  );
}
