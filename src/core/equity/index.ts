export * from './measure';
export * from './shares';
export * from './speaking-time';
export * from './gender-balance';
export * from './fair-share';
