import { createPgliteDatabase } from './db/pglite-database.js';
import { describeReferralLinks } from './testing/referral-link-suite.js';

describeReferralLinks('PGlite (in memory)', () => createPgliteDatabase());
