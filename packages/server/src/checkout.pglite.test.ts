import { createPgliteDatabase } from './db/pglite-database.js';
import { describeCheckoutApi } from './testing/checkout-api-suite.js';
import { describePaymentFlows } from './testing/payment-flow-suite.js';
import { describeRefunds } from './testing/refund-suite.js';

describeCheckoutApi('PGlite (in memory)', () => createPgliteDatabase());
describePaymentFlows('PGlite (in memory)', () => createPgliteDatabase());
describeRefunds('PGlite (in memory)', () => createPgliteDatabase());
