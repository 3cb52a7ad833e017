import { describeOnPostgres } from './testing/postgres-test-database.js';
import { describeReferrals } from './testing/referral-suite.js';

describeOnPostgres('referrals', describeReferrals);
