/** The version of the stored settings shape; bump it with a migration below when the shape changes. */
export const SETTINGS_VERSION = 1;

/** Migrations keyed by the version they produce (WXT storage runs them in order on update). */
export const migrateSettings: Record<number, (old: unknown) => unknown> = {};
