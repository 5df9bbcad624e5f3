/** The version written into event files and backups (`relator 0.1.0`). */
export const APP_VERSION = '0.1.0';
