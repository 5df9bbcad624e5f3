export * from './doc';
export { reconcile } from './reconcile';
export { applyTextDiff } from './text-diff';
export { joinCodeFrom, joinLink, parseJoinLink, JOIN_CODE_BYTES } from './join-link';
export { mergeTexts } from './text-merge';
export { sameValue } from './same';
export { ClockOffsets, sharedTimerOf, type LiveTurn, type SharedTimer } from './shared-timer';
