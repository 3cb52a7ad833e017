import type { Database } from './database.js';
import { createPgliteDatabase } from './pglite-database.js';
import { createPostgresDatabase } from './postgres-database.js';

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; when set, PGlite is not used. */
  databaseUrl?: string;
  /** PGlite data folder; in memory when absent. */
  dataDir?: string;
}

/** PostgreSQL when `databaseUrl` is given, otherwise PGlite (in `dataDir`, or in memory). */
export function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  return options.databaseUrl ? createPostgresDatabase(options.databaseUrl) : createPgliteDatabase(options.dataDir);
}
