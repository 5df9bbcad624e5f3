/**
 * Stands in for `y-leveldb` in the built relay (electron.vite.config.ts, scripts/build-relay.mjs).
 * @y/websocket-server imports it for an on-disk persistence Relator never uses (relay.ts installs one
 * that stores nothing), and the real module would load a native LevelDB library into the app.
 */
export class LeveldbPersistence {
  constructor(readonly location: string) {}
}
