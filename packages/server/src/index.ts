export { createApp, type CreateAppOptions } from './app.js';
export { startServer, DEFAULT_HOST, DEFAULT_PORT, type StartServerOptions, type RunningServer } from './start-server.js';
export { readServerEnv } from './server-env.js';
export type { Database, DatabaseEngine, Queryable } from './db/database.js';
export { openDatabase, type OpenDatabaseOptions } from './db/open-database.js';
export { createPgliteDatabase } from './db/pglite-database.js';
export { createPostgresDatabase } from './db/postgres-database.js';
export { migrate, MIGRATIONS_DIR } from './db/migrate.js';
export { seedDemoData, type SeedResult } from './demo/seed-demo-data.js';
export { insertCatalog, type CatalogData } from './catalog/insert-catalog.js';
export type { Channel } from './catalog/channel.js';
export type { StaticMount } from './http/static-files.js';
export type { AppEnv } from './http/app-env.js';
export type { CheckoutOptions } from './app.js';
export { DEFAULT_EXPIRY_INTERVAL_MS } from './start-server.js';
export { expireOverdueOrders } from './orders/expire-overdue-orders.js';
export { signOrderToken, verifyOrderToken } from './orders/order-token.js';
export { seedDemoCheckout, type DemoCheckoutSeed } from './demo/seed-demo-checkout.js';
export { SECRET_KEY_PATTERN, generateSecretKey, registerSecretKey, revokeSecretKey } from './channels/secret-keys.js';
export { saveCheckoutTerms, loadCheckoutTerms } from './channels/checkout-terms-store.js';
export { saveCheckoutSettings, loadCheckoutSettings, DEFAULT_CHECKOUT_SETTINGS, type CheckoutSettings } from './channels/checkout-settings.js';
export { createPaymentProviders, paymentProvidersOf, type PaymentProviders } from './payments/provider-registry.js';
export * from './payments/payment-provider.js';
export {
  createTestProvider,
  signTestWebhook,
  verifyTestWebhookSignature,
  DEFAULT_TEST_WEBHOOK_SECRET,
  TEST_WEBHOOK_SIGNATURE_HEADER,
  type TestProvider,
  type TestWebhookBody,
  type TestWebhookType,
} from './payments/providers/test/index.js';
export { bookingHandlers, type BookingRouteName } from './routes/booking-routes.js';
export { saveServiceAvailability, loadServiceAvailability, InvalidAvailabilityError } from './bookings/service-availability-store.js';
export { signBookingToken, verifyBookingToken } from './bookings/booking-token.js';
export { expireBookings, enqueueBookingReminders } from './bookings/expire-bookings.js';
export { runBookingSweep, type BookingSweepResult } from './bookings/booking-sweep.js';
export { NOTIFICATION_KINDS, type NotificationKind, type NotificationPayload, type NotificationRecipient } from './bookings/booking-notifications.js';
export {
  deliverNotifications,
  DEFAULT_MAX_NOTIFICATION_ATTEMPTS,
  type DeliveryOptions,
  type DeliveryResult,
} from './notifications/deliver-notifications.js';
export {
  createLogNotificationAdapter,
  notificationLine,
  type NotificationAdapter,
  type OutboundNotification,
} from './notifications/notification-adapter.js';
export { seedDemoAvailability, defaultAvailabilityFor } from './demo/seed-demo-availability.js';
export { loadSigningSecret } from './secrets/signing-secret.js';
export {
  issueStatementToken,
  verifyStatementToken,
  STATEMENT_TOKEN_DAYS,
  type StatementTokenSubject,
  type StatementTokenHolder,
} from './referrals/statement-token.js';
export { commissionStatement, type StatementSubject } from './referrals/commission-statement.js';
export { releasePayableCommissions, WITHDRAWAL_PERIOD_DAYS } from './referrals/payable-commissions.js';
export { MALL_BOOKING_PAGE_PATH, MALL_ORDER_PAGE_PATH, type MallWidgets } from './pages/mall-widgets.js';
