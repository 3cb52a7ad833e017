/**
 * `@thecen/sdk/core`: the API client without response validation and without zod, for browser
 * bundles such as the widgets. Same API as `@thecen/sdk`.
 *
 * `createCoreClient` builds every resource. A bundle that needs only a few builds them itself over
 * one `createCoreRequester` (each `…Resource` factory is tree-shakable), e.g. a product card:
 * `productsResource(createCoreRequester(options))`.
 */
export { createCoreClient, type CenClient, type ResourceFactory } from './create-client.js';
export { createCoreRequester } from './core-requester.js';
export type { Requester, ApiRequest } from './http/request.js';
export type { ClientOptions, RequestOptions, IdempotentRequestOptions } from './client-options.js';
export type { ListPromise } from './list-promise.js';
export { productsResource, type ProductsResource } from './resources/products.js';
export { servicesResource, type ServicesResource } from './resources/services.js';
export { partnersResource, type PartnersResource } from './resources/partners.js';
export { checkoutResource, type CheckoutResource } from './resources/checkout.js';
export { cartResource, type CartResource } from './resources/cart.js';
export { ordersResource, type OrdersResource } from './resources/orders.js';
export { bookingsResource, type BookingsResource } from './resources/bookings.js';
export { marketCreatorsResource, type MarketCreatorsResource } from './resources/market-creators.js';
export { referralsResource, type ReferralsResource } from './resources/referrals.js';
export { statementsResource, type StatementsResource } from './resources/statements.js';
export { contentCreatorsResource, type ContentCreatorsResource } from './resources/content-creators.js';
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
  LedgerEntry,
  CommissionStatement,
  CreateStatementTokenRequest,
  IssuedStatementToken,
  SubOrderFulfilmentRequest,
} from '@thecen/schema/browser';
