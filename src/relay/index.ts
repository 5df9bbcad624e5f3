/** What the main process and `npm start`'s web server (through out/relay, scripts/build-relay.mjs) take from the relay. */
export { createSyncHost } from './sync-host';
export { desktopHostPage, desktopHostRequests } from './desktop-page';
export { createSyncApi, refuseApi } from './web-api';
