import { describeOnPostgres } from './testing/postgres-test-database.js';
import { describeReferralSettlement } from './testing/referral-settlement-suite.js';

describeOnPostgres('referral settlement', describeReferralSettlement);
