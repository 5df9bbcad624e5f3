import { describe, expect, it } from 'vitest';
import { draftOrigin, sortDrafts } from '../../../src/core/capture/draft-origin';

const d = (tabId: string, closed: boolean, updatedAt: string) => ({ tabId, closed, updatedAt });

describe('where a kept draft came from', () => {
  it('this tab: a reload when the page was left normally, a crash when it died', () => {
    expect(draftOrigin(d('me', true, 't'), 'me', new Set(['me']))).toBe('reload');
    expect(draftOrigin(d('me', false, 't'), 'me', new Set(['me']))).toBe('crash');
  });

  it('another tab: closed, crashed, or unknown when the browser cannot tell which tabs are open', () => {
    expect(draftOrigin(d('x', true, 't'), 'me', new Set(['me']))).toBe('closed-tab');
    expect(draftOrigin(d('x', false, 't'), 'me', new Set(['me']))).toBe('crashed-tab');
    expect(draftOrigin(d('x', false, 't'), 'me', null)).toBe('other-tab');
    expect(draftOrigin(d('', false, 't'), 'me', new Set())).toBe('earlier');
  });
});

describe('which drafts a box restores and offers', () => {
  const drafts = [
    d('me', true, '2026-11-26T16:00:00Z'),
    d('open', false, '2026-11-26T16:05:00Z'),
    d('gone1', true, '2026-11-26T16:01:00Z'),
    d('gone2', false, '2026-11-26T16:03:00Z'),
    d('', false, '2026-11-25T10:00:00Z'),
  ];

  it('restores its own, offers those of tabs that are gone (newest first), leaves open tabs’ alone', () => {
    const { own, offered } = sortDrafts(drafts, 'me', new Set(['me', 'open']));
    expect(own?.tabId).toBe('me');
    expect(offered.map((x) => x.tabId)).toEqual(['gone2', 'gone1', '']);
  });

  it('offers every other tab’s draft when it cannot tell which tabs are open: offered, never dropped', () => {
    expect(sortDrafts(drafts, 'me', null).offered.map((x) => x.tabId)).toEqual(['open', 'gone2', 'gone1', '']);
  });
});
