import { getPlatform } from '../platform';

/**
 * Click handler for a container of rendered Markdown: a link opens outside the app (system
 * browser on desktop, new tab on the web) and never replaces the app's own page.
 */
export function openLinksExternally(event: MouseEvent): void {
  const target = event.target as Element | null;
  const link = target?.closest?.('a[href]') as HTMLAnchorElement | null;
  if (!link) return;
  event.preventDefault();
  const href = link.getAttribute('href') ?? '';
  if (/^(https?:|mailto:)/i.test(href)) getPlatform().openExternal(href);
}
