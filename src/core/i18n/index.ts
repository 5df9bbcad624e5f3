export * from './locales';
export * from './domain-names';
