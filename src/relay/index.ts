/** What the main process and `npm start`'s web server take from the relay. */
export { createSyncHost } from './sync-host';
export { desktopHostPage } from './desktop-page';
