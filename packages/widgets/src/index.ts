/**
 * Every element of the kit, defined on import; the input of the one-file CDN build
 * (`<script type="module" src=".../cen-widgets.js" data-cen-key="pk_…">`). The cart drawer,
 * checkout, order status, service booking and booking status are defined here too, but their code
 * is a separate chunk loaded when the page first uses the tag (or the buyer opens the cart).
 */
import { defineWhenUsed } from './internal/define-when-used.js';

export * from './components/store/store.js';
export * from './components/product-card/product-card.js';
export * from './components/service-card/service-card.js';
export * from './components/product-grid/product-grid.js';
export * from './components/add-to-cart/add-to-cart.js';
export * from './components/cart-button/cart-button.js';
// Types only (with their tag-name map entries): the code of these stays in lazy chunks.
export type { CenCart } from './components/cart/cart.js';
export type { CenCheckout } from './components/checkout/checkout.js';
export type { CenOrderStatus } from './components/order-status/order-status.js';
export type { OrderRequestKind } from './components/order-status/order-status.component.js';
export type { CenServiceBooking } from './components/service-booking/service-booking.js';
export type { ServiceBookingStep } from './components/service-booking/service-booking.component.js';
export type { CenBookingStatus } from './components/booking-status/booking-status.js';
export type { CenMcBadge, McBadgeLook, McBadgeSize } from './components/mc-badge/mc-badge.js';
export type { CenMcStats } from './components/mc-stats/mc-stats.js';
export type { CenSnippetBuilder } from './components/snippet-builder/snippet-builder.js';
export { CartStore, lineKey, type CartLine, type CartBooking, type CartChangeReason, type CartStoreChange } from './cart/cart-store.js';
export { cartStoreFor } from './cart/cart-store-for.js';
export { openCart } from './cart/open-cart.js';
export { configure, type CenConfig, type AddressSearch, type AddressSearchResult } from './config/page-config.js';
export { CenConfigurationError } from './config/configuration-error.js';
export type {
  Locale,
  Translation,
  CommonStrings,
  ProductStrings,
  ServiceStrings,
  GridStrings,
  CartActionStrings,
  CartStrings,
  SellerStrings,
  CheckoutStrings,
  OrderStrings,
  ConsentStrings,
  CartBookingStrings,
  BookingStrings,
  DayClosedReason,
} from './i18n/translation.js';
export type { ReferralStrings } from './i18n/referral-strings.js';
export type { StatsStrings, StatementAmount } from './i18n/stats-strings.js';
export type { SnippetBuilderStrings, SnippetItemKind } from './i18n/snippet-builder-strings.js';
export type { ReferralStorage } from './config/page-config.js';
export type * from './events/index.js';

defineWhenUsed('cen-cart', () => import('./components/cart/cart.js'));
defineWhenUsed('cen-checkout', () => import('./components/checkout/checkout.js'));
defineWhenUsed('cen-order-status', () => import('./components/order-status/order-status.js'));
defineWhenUsed('cen-service-booking', () => import('./components/service-booking/service-booking.js'));
defineWhenUsed('cen-booking-status', () => import('./components/booking-status/booking-status.js'));
defineWhenUsed('cen-mc-badge', () => import('./components/mc-badge/mc-badge.js'));
defineWhenUsed('cen-mc-stats', () => import('./components/mc-stats/mc-stats.js'));
defineWhenUsed('cen-snippet-builder', () => import('./components/snippet-builder/snippet-builder.js'));
