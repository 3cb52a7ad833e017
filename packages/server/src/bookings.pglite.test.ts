import { createPgliteDatabase } from './db/pglite-database.js';
import { describeBookings } from './testing/booking-suite.js';

describeBookings('PGlite (in memory)', () => createPgliteDatabase());
