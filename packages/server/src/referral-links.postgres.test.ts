import { describeOnPostgres } from './testing/postgres-test-database.js';
import { describeReferralLinks } from './testing/referral-link-suite.js';

describeOnPostgres('referral links, badges and oEmbed', describeReferralLinks);
