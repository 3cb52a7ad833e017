import { createPgliteDatabase } from './db/pglite-database.js';
import { describeReferralSettlement } from './testing/referral-settlement-suite.js';

describeReferralSettlement('PGlite (in memory)', () => createPgliteDatabase());
