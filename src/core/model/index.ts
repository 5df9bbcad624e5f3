export * from './types';
export * from './ids';
export * from './session-clock';
export * from './factories';
export * from './edit-guard';
