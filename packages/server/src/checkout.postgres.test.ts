import { describeCheckoutApi } from './testing/checkout-api-suite.js';
import { describePaymentFlows } from './testing/payment-flow-suite.js';
import { describeOnPostgres } from './testing/postgres-test-database.js';
import { describeRefunds } from './testing/refund-suite.js';

describeOnPostgres('checkout, payments and refunds', describeCheckoutApi, describePaymentFlows, describeRefunds);
