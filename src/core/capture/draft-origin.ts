/**
 * Where a kept draft came from, so a restored text can say so, and which drafts to offer: each
 * open tab or window owns its drafts; those of tabs that are gone are offered to whoever opens the
 * same place next, never dropped or taken over silently.
 */

export interface DraftOwner {
  /** The tab or window that wrote it; '' for drafts kept before each tab had its own. */
  tabId: string;
  /** True when the tab wrote it while being left (reload, close); false when it died first. */
  closed: boolean;
  updatedAt: string;
}

export type DraftOrigin =
  /** This tab, before it was reloaded (or navigated away and back). */
  | 'reload'
  /** This tab, which stopped without being left normally (a crash, a killed browser, a power cut). */
  | 'crash'
  /** Another tab or window, closed normally. */
  | 'closed-tab'
  /** Another tab or window that stopped without being closed (a crash). */
  | 'crashed-tab'
  /** Another tab or window, which may still be open (this browser cannot tell). */
  | 'other-tab'
  /** Kept by an earlier version of Relator, before drafts belonged to a tab. */
  | 'earlier';

export function draftOrigin(draft: DraftOwner, tabId: string, openTabs: ReadonlySet<string> | null): DraftOrigin {
  if (draft.tabId === '') return 'earlier';
  if (draft.tabId === tabId) return draft.closed ? 'reload' : 'crash';
  if (openTabs === null) return 'other-tab';
  return draft.closed ? 'closed-tab' : 'crashed-tab';
}

export interface DraftChoice<D extends DraftOwner> {
  /** This tab's own draft, put back in the box on opening. */
  own: D | undefined;
  /** Drafts of tabs and windows no longer open (or maybe open, when that cannot be told), newest first. */
  offered: D[];
}

/**
 * Splits the drafts kept for one place (one composer, one text box) between this tab's own and
 * the ones to offer. Drafts of tabs that are still open stay theirs and are not shown.
 */
export function sortDrafts<D extends DraftOwner>(
  drafts: readonly D[],
  tabId: string,
  openTabs: ReadonlySet<string> | null,
): DraftChoice<D> {
  const own = drafts.find((d) => d.tabId === tabId);
  const offered = drafts
    .filter((d) => d.tabId !== tabId && !(openTabs?.has(d.tabId) ?? false))
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return { own, offered };
}
