/** The name of the app's IndexedDB database (the head script opens it ahead, see vite.config). */
export const DATABASE_NAME = 'broadsheet';

/**
 * The database's schema version (dexie-schema.ts declares each one). Here, apart from the
 * schema, for the draft's read ahead in the app's entry (draft-rows-ahead.ts), which must not
 * carry the upgrades with it.
 */
export const CURRENT_SCHEMA_VERSION = 9;
