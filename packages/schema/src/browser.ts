/**
 * zod-free entry for browser bundles: route paths, formatting helpers and types only.
 * Validation schemas live in the main entry.
 */
export * from './routes/paths.js';
export * from './primitives/money.js';
export * from './primitives/business-number.js';
export * from './primitives/phone.js';
export * from './primitives/ids.js';
export * from './primitives/korean-regions.js';
export * from './primitives/stock-state.js';
export * from './primitives/organisation-type-names.js';
export type * from './types.js';
export * from './primitives/korean-region-short-names.js';
export * from './primitives/remote-areas.js';
export * from './checkout/cart-limits.js';
export * from './checkout/checkout-problem-codes.js';
export * from './api/allowed-origins.js';
export * from './api/problem-titles.js';
export * from './checkout/check-consents.js';
export * from './checkout/receipt-summary.js';
export * from './checkout/idempotency-key.js';
export * from './booking/korean-holidays.js';
export * from './booking/seoul-clock.js';
export * from './booking/booking-transitions.js';
export * from './booking/cancellation-fee.js';
export * from './booking/booking-problem-codes.js';
export * from './booking/service-area-rules.js';
export * from './referral/referral-params.js';
export * from './referral/commission.js';
export * from './referral/snippet-urls.js';
export * from './checkout/fulfilment-problem-codes.js';
export * from './referral/snippets.js';
