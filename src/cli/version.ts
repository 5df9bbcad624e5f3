declare const __RELATOR_VERSION__: string | undefined;

/** The app version, injected by scripts/build-cli.mjs from package.json; a dev marker elsewhere. */
export const APP_VERSION: string = typeof __RELATOR_VERSION__ === 'string' ? __RELATOR_VERSION__ : '0.0.0-dev';
