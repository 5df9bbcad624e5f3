interface ImportMetaEnv {
  /** True in the browser build (vite.web.config.ts), which has a service worker; absent in the desktop renderer. */
  readonly RELATOR_SERVICE_WORKER?: boolean;
}
