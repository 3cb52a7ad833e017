import type * as z from 'zod/mini';
import { Partner } from '../entities/partner.js';
import { Product } from '../entities/product.js';
import { Service } from '../entities/service.js';
import {
  PartnerIdParams,
  PartnerListQuery,
  ProductBatchQuery,
  ProductIdParams,
  ProductListQuery,
  ServiceBatchQuery,
  ServiceIdParams,
  ServiceListQuery,
} from '../api/list-queries.js';
import { ProductBatch, ProductPage, ServiceBatch, ServicePage, PartnerPage } from '../api/envelopes.js';
import { paths, type RouteName } from './paths.js';
import { CartQuote, CartQuoteRequest } from '../checkout/cart.js';
import { CheckoutTerms } from '../checkout/terms.js';
import { CancellationRequestInput, CreateOrderRequest, RefundRequest } from '../checkout/order-input.js';
import { Order, OrderCreated, PaymentSession, Refund } from '../checkout/order.js';
import { OrderIdParams, OrderTokenParams, StartPaymentRequest } from '../checkout/route-params.js';
import { Availability, AvailabilityQuery } from '../booking/availability.js';
import { ClickRecorded, CommissionStatement, McCodeParams, MarketCreator, RecordClickRequest } from '../referral/market-creator.js';
import { Booking, BookingWithToken } from '../booking/booking.js';
import { ContentCreatorIdParams, CreateStatementTokenRequest, IssuedStatementToken, StatementTokenParams } from '../referral/statement-token.js';
import { SubOrderFulfilmentRequest, SubOrderParams } from '../checkout/fulfilment.js';
import {
  AcceptQuoteRequest,
  BookingIdParams,
  BookingNoteRequest,
  BookingTokenParams,
  CreateHoldRequest,
  CreateInquiryRequest,
  QuoteBookingRequest,
  ServiceAvailabilityParams,
} from '../booking/booking-input.js';

export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  summary: string;
  tags: string[];
  params?: z.ZodMiniType;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** Catalog reads are cacheable (ETag, Cache-Control) and answer 304. */
  cacheable?: boolean;
  /** `publishable` (default): a pk_ key, browsers welcome. `secret`: an sk_ key in `Authorization`, servers only. */
  auth?: 'publishable' | 'secret';
  /** Status of a successful answer; 200 unless said. */
  successStatus?: 200 | 201;
  /** Writes that require an `Idempotency-Key` header (same key + same body → same answer, once). */
  idempotent?: boolean;
}

function route<const N extends RouteName, D extends Omit<RouteDefinition, 'method' | 'path'>>(name: N, def: D) {
  return { ...paths[name], ...def };
}

/** The route table the server, the SDK, the mocks and the OpenAPI document are built from. */
export const routes = {
  listProducts: route('listProducts', {
    summary: 'List products',
    tags: ['products'],
    query: ProductListQuery,
    response: ProductPage,
    cacheable: true,
  }),
  batchProducts: route('batchProducts', {
    summary: 'Get many products by id in one call',
    tags: ['products'],
    query: ProductBatchQuery,
    response: ProductBatch,
    cacheable: true,
  }),
  getProduct: route('getProduct', {
    summary: 'Get a product',
    tags: ['products'],
    params: ProductIdParams,
    response: Product,
    cacheable: true,
  }),
  listServices: route('listServices', {
    summary: 'List services',
    tags: ['services'],
    query: ServiceListQuery,
    response: ServicePage,
    cacheable: true,
  }),
  batchServices: route('batchServices', {
    summary: 'Get many services by id in one call',
    tags: ['services'],
    query: ServiceBatchQuery,
    response: ServiceBatch,
    cacheable: true,
  }),
  getService: route('getService', {
    summary: 'Get a service',
    tags: ['services'],
    params: ServiceIdParams,
    response: Service,
    cacheable: true,
  }),
  listPartners: route('listPartners', {
    summary: 'List active partners',
    tags: ['partners'],
    query: PartnerListQuery,
    response: PartnerPage,
    cacheable: true,
  }),
  getPartner: route('getPartner', {
    summary: "Get a partner's public profile with its seller identity",
    tags: ['partners'],
    params: PartnerIdParams,
    response: Partner,
    cacheable: true,
  }),
  getCheckoutTerms: route('getCheckoutTerms', {
    summary: 'Checkout terms of the mall: platform identity, broker notice, withdrawal rights, consent texts',
    tags: ['checkout'],
    response: CheckoutTerms,
    cacheable: true,
  }),
  quoteCart: route('quoteCart', {
    summary: 'Price a cart: authoritative line prices, shipping per partner, totals and problems',
    tags: ['checkout'],
    body: CartQuoteRequest,
    response: CartQuote,
  }),
  createOrder: route('createOrder', {
    summary: 'Place an order (prices recomputed by the server) and start its payment',
    tags: ['orders'],
    body: CreateOrderRequest,
    response: OrderCreated,
    successStatus: 201,
    idempotent: true,
  }),
  getOrderByToken: route('getOrderByToken', {
    summary: 'Read an order with the signed token the buyer received',
    tags: ['orders'],
    params: OrderTokenParams,
    response: Order,
  }),
  startOrderPayment: route('startOrderPayment', {
    summary: 'Start (or retry after a decline) the payment of an unpaid order',
    tags: ['orders'],
    params: OrderTokenParams,
    body: StartPaymentRequest,
    response: PaymentSession,
    idempotent: true,
  }),
  requestOrderCancellation: route('requestOrderCancellation', {
    summary: 'Cancel an unpaid order, or ask the sellers to cancel / accept a withdrawal (청약철회) of a paid one',
    tags: ['orders'],
    params: OrderTokenParams,
    body: CancellationRequestInput,
    response: Order,
    idempotent: true,
  }),
  getOrder: route('getOrder', {
    summary: 'Read an order (secret key)',
    tags: ['orders'],
    params: OrderIdParams,
    response: Order,
    auth: 'secret',
  }),
  refundOrder: route('refundOrder', {
    summary: 'Refund an order in full or in part: lines, a partner sub-order, or everything (secret key)',
    tags: ['orders'],
    params: OrderIdParams,
    body: RefundRequest,
    response: Refund,
    successStatus: 201,
    idempotent: true,
    auth: 'secret',
  }),
  getServiceAvailability: route('getServiceAvailability', {
    summary: 'Bookable slots of a service per Seoul day, with remaining capacity',
    tags: ['bookings'],
    params: ServiceAvailabilityParams,
    query: AvailabilityQuery,
    response: Availability,
  }),
  createBookingHold: route('createBookingHold', {
    summary: 'Instant booking: hold a slot for a few minutes while the buyer checks out',
    tags: ['bookings'],
    body: CreateHoldRequest,
    response: BookingWithToken,
    successStatus: 201,
    idempotent: true,
  }),
  createBookingInquiry: route('createBookingInquiry', {
    summary: 'Request booking: send an inquiry for a quote after consultation (상담 후 견적)',
    tags: ['bookings'],
    body: CreateInquiryRequest,
    response: BookingWithToken,
    successStatus: 201,
    idempotent: true,
  }),
  getBookingByToken: route('getBookingByToken', {
    summary: 'Read a booking with the signed token the buyer received',
    tags: ['bookings'],
    params: BookingTokenParams,
    response: Booking,
  }),
  acceptBookingQuote: route('acceptBookingQuote', {
    summary: "Accept one of the partner's proposed slots (then pay it through checkout)",
    tags: ['bookings'],
    params: BookingTokenParams,
    body: AcceptQuoteRequest,
    response: Booking,
    idempotent: true,
  }),
  declineBookingQuote: route('declineBookingQuote', {
    summary: "Decline the partner's quote",
    tags: ['bookings'],
    params: BookingTokenParams,
    body: BookingNoteRequest,
    response: Booking,
    idempotent: true,
  }),
  cancelBookingByBuyer: route('cancelBookingByBuyer', {
    summary: 'Cancel a booking as the buyer; the cancellation policy decides the refund',
    tags: ['bookings'],
    params: BookingTokenParams,
    body: BookingNoteRequest,
    response: Booking,
    idempotent: true,
  }),
  getBooking: route('getBooking', {
    summary: 'Read a booking (secret key)',
    tags: ['bookings'],
    params: BookingIdParams,
    response: Booking,
    auth: 'secret',
  }),
  quoteBooking: route('quoteBooking', {
    summary: 'Answer an inquiry with a price and proposed slots (partner, secret key)',
    tags: ['bookings'],
    params: BookingIdParams,
    body: QuoteBookingRequest,
    response: Booking,
    idempotent: true,
    auth: 'secret',
  }),
  cancelBookingByPartner: route('cancelBookingByPartner', {
    summary: 'Cancel a booking as the partner: always a full refund (secret key)',
    tags: ['bookings'],
    params: BookingIdParams,
    body: BookingNoteRequest,
    response: Booking,
    idempotent: true,
    auth: 'secret',
  }),
  startBooking: route('startBooking', {
    summary: 'Record that the service has started (no withdrawal after it; secret key)',
    tags: ['bookings'],
    params: BookingIdParams,
    response: Booking,
    idempotent: true,
    auth: 'secret',
  }),
  completeBooking: route('completeBooking', {
    summary: 'Mark a booking completed (secret key)',
    tags: ['bookings'],
    params: BookingIdParams,
    response: Booking,
    idempotent: true,
    auth: 'secret',
  }),
  markBookingNoShow: route('markBookingNoShow', {
    summary: 'Mark a booking as a no-show (secret key)',
    tags: ['bookings'],
    params: BookingIdParams,
    response: Booking,
    idempotent: true,
    auth: 'secret',
  }),
  getMarketCreator: route('getMarketCreator', {
    summary: "A Market Creator's public profile (for badges and snippets)",
    tags: ['referrals'],
    params: McCodeParams,
    response: MarketCreator,
    cacheable: true,
  }),
  recordReferralClick: route('recordReferralClick', {
    summary: 'Record a referral click captured by the SDK (deduplicated, rate-limited, bots ignored)',
    tags: ['referrals'],
    body: RecordClickRequest,
    response: ClickRecorded,
  }),
  getCommissionStatement: route('getCommissionStatement', {
    summary: "An MC's clicks, orders and commission by month (secret key)",
    tags: ['referrals'],
    params: McCodeParams,
    response: CommissionStatement,
    auth: 'secret',
  }),
  getContentCreatorStatement: route('getContentCreatorStatement', {
    summary: "A Content Creator's clicks, orders and commission by month (secret key)",
    tags: ['referrals'],
    params: ContentCreatorIdParams,
    response: CommissionStatement,
    auth: 'secret',
  }),
  createStatementToken: route('createStatementToken', {
    summary: 'Issue an MC or CC its own statement token (secret key; rotate revokes older tokens)',
    tags: ['referrals'],
    body: CreateStatementTokenRequest,
    response: IssuedStatementToken,
    successStatus: 201,
    auth: 'secret',
  }),
  getStatementByToken: route('getStatementByToken', {
    summary: 'The statement of the MC or CC a statement token was issued to (for the MC studio)',
    tags: ['referrals'],
    params: StatementTokenParams,
    response: CommissionStatement,
  }),
  updateSubOrderFulfilment: route('updateSubOrderFulfilment', {
    summary: 'Mark a sub-order shipped (carrier, tracking number) or delivered (secret key)',
    tags: ['orders'],
    params: SubOrderParams,
    body: SubOrderFulfilmentRequest,
    response: Order,
    idempotent: true,
    auth: 'secret',
  }),
} satisfies Record<RouteName, RouteDefinition>;

export type Routes = typeof routes;
