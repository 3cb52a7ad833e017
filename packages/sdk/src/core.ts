/**
 * `@thecen/sdk/core`: the API client without response validation and without zod, for browser
 * bundles such as the widgets. Same API as `@thecen/sdk`.
 */
export { createCoreClient, type CenClient } from './create-client.js';
export type { ClientOptions, RequestOptions, IdempotentRequestOptions } from './client-options.js';
export type { ListPromise } from './list-promise.js';
export type { ProductsResource } from './resources/products.js';
export type { ServicesResource } from './resources/services.js';
export type { PartnersResource } from './resources/partners.js';
export type { CheckoutResource } from './resources/checkout.js';
export type { CartResource } from './resources/cart.js';
export type { OrdersResource } from './resources/orders.js';
export type { BookingsResource } from './resources/bookings.js';
export type { MarketCreatorsResource } from './resources/market-creators.js';
export type { ReferralsResource } from './resources/referrals.js';
export { newIdempotencyKey } from './http/idempotency-key.js';
export * from './errors.js';
export type {
  RouteName,
  Product,
  Service,
  Partner,
  PartnerSummary,
  Page,
  Batch,
  Problem,
  FieldError,
  ProductListQuery,
  ServiceListQuery,
  PartnerListQuery,
  CartLineInput,
  CartQuoteRequest,
  CartQuote,
  CartProblem,
  CartProblemCode,
  QuotedLine,
  PartnerShippingGroup,
  CheckoutTerms,
  ConsentDocument,
  ConsentType,
  SellerIdentity,
  PlatformIdentity,
  CreateOrderRequest,
  Buyer,
  ShippingAddress,
  ConsentAcceptance,
  ReceiptRequest,
  PaymentMethod,
  CancellationRequestInput,
  RefundRequest,
  StartPaymentRequest,
  Order,
  OrderStatus,
  SubOrder,
  SubOrderStatus,
  OrderLine,
  PaymentStatus,
  PaymentSummary,
  VirtualAccount,
  Refund,
  PaymentSession,
  OrderCreated,
  ServiceAvailability,
  OpeningHours,
  CancellationPolicy,
  Slot,
  AvailabilityDay,
  Availability,
  AvailabilityQuery,
  Booking,
  BookingStatus,
  BookingQuote,
  BookingEvent,
  BookingWithToken,
  CreateHoldRequest,
  CreateInquiryRequest,
  QuoteBookingRequest,
  AcceptQuoteRequest,
  BookingNoteRequest,
  MarketCreator,
  CapturedReferral,
  ReferralInput,
  RecordClickRequest,
  ClickRecorded,
} from '@thecen/schema/browser';
