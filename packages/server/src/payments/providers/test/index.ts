export { createTestProvider, type TestProvider, type TestProviderOptions } from './test-provider.js';
export { TestGateway, type TestGatewayPayment, type TestGatewayStatus } from './test-gateway.js';
export {
  DEFAULT_TEST_WEBHOOK_SECRET,
  TEST_WEBHOOK_SIGNATURE_HEADER,
  TEST_WEBHOOK_TOLERANCE_SECONDS,
  TEST_WEBHOOK_TYPES,
  signTestWebhook,
  verifyTestWebhookSignature,
  type TestWebhookBody,
  type TestWebhookType,
} from './test-webhook-signature.js';
