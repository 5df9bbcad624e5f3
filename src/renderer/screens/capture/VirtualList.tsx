import type { VNode } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { itemOffsets, revealDelta, shiftAbove, visibleRange } from './virtual-layout';

export interface ScrollRequest {
  key: string;
  /** Bumped for every request, so asking twice for the same note scrolls twice. */
  seq: number;
  /** Move the focus to the item (a search result) or leave it where it is (a note just saved). */
  focus: boolean;
}

interface VirtualListProps<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  /** Height assumed for an item never rendered; rendered items are measured. */
  estimate: number;
  renderItem: (item: T, index: number) => VNode;
  label: string;
  class?: string;
  scrollTo?: ScrollRequest | null;
  /** Called once the requested item is on screen, with its element. */
  onScrolledTo?: (element: HTMLElement, request: ScrollRequest) => void;
  /** Bumped to pin the view to the bottom again (e.g. after saving a note). */
  pinSeq?: number;
  /** Key of an item kept wholly in view while it is open and changes size (a note being edited). */
  keepInView?: string | null;
  overscan?: number;
}

/**
 * A windowed list: only the items in view (plus an overscan margin) are in the DOM, placed at
 * offsets computed from measured heights (estimates until measured). The list element itself
 * scrolls, so it is focusable and a keyboard can scroll it. New items keep the view pinned to
 * the bottom when it was there, as in a chat.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, itemKey, estimate, overscan = 600 } = props;
  const listRef = useRef<HTMLUListElement>(null);
  const heights = useRef(new Map<string, number>());
  const atBottom = useRef(true);
  const [version, setVersion] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);

  const keys = useMemo(() => items.map(itemKey), [items, itemKey]);
  // Built on first use only (a scroll request): a save into a 10,000-note list would otherwise rebuild it each time.
  const indexOf = useMemo(() => {
    let index: Map<string, number> | undefined;
    return (key: string) => (index ??= new Map(keys.map((k, i) => [k, i]))).get(key);
  }, [keys]);
  // `version` changes when a measured height does.
  const offsets = useMemo(() => itemOffsets(keys, heights.current, estimate), [keys, version, estimate]);
  const total = offsets[keys.length]!;
  // Read by the resize observer, which is created once.
  const placed = useRef({ offsets });
  placed.current = { offsets };

  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            let changed = false;
            let shift = 0;
            const list = listRef.current;
            for (const entry of entries) {
              const el = entry.target as HTMLElement;
              const key = el.dataset.key;
              if (!key || !el.isConnected) continue;
              const h = Math.ceil(entry.borderBoxSize?.[0]?.blockSize ?? el.offsetHeight);
              const old = heights.current.get(key) ?? estimate;
              if (h === old || h === 0) continue;
              heights.current.set(key, h);
              changed = true;
              // Items above the view growing must not push what the reader is looking at. The item's
              // place comes from the offsets: a translated element's offsetTop is always 0.
              // aria-posinset is the item's place in the list (1-based), as last rendered.
              const position = Number(el.getAttribute('aria-posinset'));
              const top = position > 0 ? (placed.current.offsets[position - 1] ?? Infinity) : Infinity;
              if (list) shift += shiftAbove(top, old, h, list.scrollTop);
            }
            if (!changed) return;
            if (list && shift && !atBottom.current) list.scrollTop += shift;
            setVersion((v) => v + 1);
          }),
    [estimate],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);

  // Measure what was just rendered; stop measuring what scrolled out.
  const observed = useRef(new Set<Element>());
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || !observer) return;
    for (const el of observed.current) {
      if (!el.isConnected) {
        observer.unobserve(el);
        observed.current.delete(el);
      }
    }
    for (const el of Array.from(list.children)) {
      if (!observed.current.has(el)) {
        observer.observe(el);
        observed.current.add(el);
      }
    }
  });

  useEffect(() => {
    const list = listRef.current;
    if (!list || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setViewport(list.clientHeight || 600));
    ro.observe(list);
    return () => ro.disconnect();
  }, []);

  // Decided during render, so the very render that adds a saved note already shows the end.
  const lastPin = useRef(props.pinSeq);
  if (props.pinSeq !== lastPin.current) {
    lastPin.current = props.pinSeq;
    atBottom.current = true;
  }

  // Pinned to the bottom: follow new notes and late measurements.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list && atBottom.current) list.scrollTop = list.scrollHeight;
  }, [total, props.pinSeq]);

  // The item being edited stays in view as it opens and grows: scrolled the least that shows it
  // whole, or its top when it is taller than the list. After the pin above, which may move it.
  useLayoutEffect(() => {
    const list = listRef.current;
    const key = props.keepInView;
    if (!list || !key) return;
    const el = list.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (!el) return;
    const viewTop = list.getBoundingClientRect().top + list.clientTop;
    const delta = revealDelta(el.getBoundingClientRect(), { top: viewTop, bottom: viewTop + list.clientHeight });
    if (delta === 0) return;
    atBottom.current = false;
    list.scrollTop += delta;
    setScrollTop(list.scrollTop);
  }, [props.keepInView, total, viewport]);

  const doneSeq = useRef(-1);
  useLayoutEffect(() => {
    const request = props.scrollTo;
    const list = listRef.current;
    if (!request || !list || request.seq === doneSeq.current) return;
    const index = indexOf(request.key);
    if (index === undefined) return; // not loaded yet: tried again when the items change
    doneSeq.current = request.seq;
    atBottom.current = false;
    list.scrollTop = Math.max(0, offsets[index]! - list.clientHeight / 3);
    setScrollTop(list.scrollTop);
    // Wait for the item to render and be measured, then bring it fully in view.
    let frames = 0;
    const settle = () => {
      const el = list.querySelector<HTMLElement>(`[data-key="${CSS.escape(request.key)}"]`);
      if (el) {
        el.scrollIntoView({ block: 'center' });
        props.onScrolledTo?.(el, request);
      } else if (frames++ < 10) requestAnimationFrame(settle);
    };
    requestAnimationFrame(settle);
  }, [props.scrollTo?.seq, indexOf]);

  const onScroll = (e: Event) => {
    const list = e.currentTarget as HTMLUListElement;
    atBottom.current = list.scrollTop + list.clientHeight >= list.scrollHeight - 8;
    setScrollTop(list.scrollTop);
  };

  // While pinned, window the end of the list now rather than after the scroll event arrives.
  const top = atBottom.current ? Math.max(0, total - viewport) : scrollTop;
  const [first, last] = visibleRange(offsets, top, viewport, overscan);
  const rows: VNode[] = [];
  for (let i = first; i < last; i++) {
    const key = keys[i]!;
    rows.push(
      <li
        key={key}
        data-key={key}
        class="vlist-item"
        style={{ transform: `translateY(${offsets[i]}px)` }}
        aria-setsize={keys.length}
        aria-posinset={i + 1}
      >
        {props.renderItem(items[i]!, i)}
      </li>,
    );
  }

  return (
    <ul
      ref={listRef}
      class={`vlist ${props.class ?? ''}`}
      role="list"
      aria-label={props.label}
      tabIndex={0}
      onScroll={onScroll}
      style={{ '--vlist-total': `${total}px` }}
    >
      {rows}
    </ul>
  );
}
