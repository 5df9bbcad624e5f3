import { draftOrigin, type DraftOrigin } from '../../core/capture/draft-origin';
import { dateTimeFormat } from '../../core/i18n/locales';
import type { TFunction } from '../i18n';
import { currentLanguage } from '../i18n';
import type { Draft } from '../store';
import { tabSession } from './tab-session';

/** A kept draft with where it came from, as the UI offers or restores it. */
export interface KnownDraft {
  draft: Draft;
  origin: DraftOrigin;
}

export function knownDraft(draft: Draft, tabId: string, openTabs: ReadonlySet<string> | null): KnownDraft {
  return { draft, origin: draftOrigin(draft, tabId, openTabs) };
}

/** "today 14:32" style time of a draft or version, in the UI language; '' when unknown. */
export function formatWhen(iso: string | null | undefined): string {
  const ms = iso ? Date.parse(iso) : NaN;
  if (!Number.isFinite(ms)) return '';
  return dateTimeFormat(currentLanguage(), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(ms));
}

/** "from this tab, before it was reloaded (26/11/26 14:32)". */
export function describeOrigin(known: KnownDraft, t: TFunction): string {
  return t(`autosave.origin.${known.origin}`, { time: formatWhen(known.draft.updatedAt) });
}

/**
 * Whether an offered draft's tab is open again (it was only reloading when the offer was made):
 * then the draft is that tab's, and is not taken from it.
 */
export async function ownerIsOpen(offer: KnownDraft): Promise<boolean> {
  const open = await (await tabSession()).openTabs();
  return open?.has(offer.draft.tabId) ?? false;
}
