import { createPgliteDatabase } from './db/pglite-database.js';
import { describeHttpApi } from './testing/http-api-suite.js';

describeHttpApi('PGlite (in memory)', () => createPgliteDatabase());
