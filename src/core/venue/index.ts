export * from './protocol';
export { addSample, bestOffset, offsetSample, type OffsetSample } from './clock-offset';
export { stageViewOf, viewTimerState, type StageViewInput } from './stage-view';
export { deviceLink, deviceSocketUrl, parseDeviceQuery, sourceSocketUrl, type DeviceTarget } from './links';
