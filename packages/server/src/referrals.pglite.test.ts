import { createPgliteDatabase } from './db/pglite-database.js';
import { describeReferrals } from './testing/referral-suite.js';

describeReferrals('PGlite (in memory)', () => createPgliteDatabase());
