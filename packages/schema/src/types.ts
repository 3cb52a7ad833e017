export type { Image } from './primitives/fields.js';
export type {
  Partner,
  PartnerSummary,
  OrganisationType,
  MembershipGrade,
  PartnerStatus,
  Address,
  MailOrderRegistration,
} from './entities/partner.js';
export type { Product, ProductVariant, ProductCategory, CatalogTag, StockState, ShippingPolicy, ProductStatus } from './entities/product.js';
export type { Service, ServiceGroup, ServicePricing, DeliveryMode, BookingMode, ServiceArea } from './entities/service.js';
export type { Problem, FieldError, ProblemCode } from './api/problem.js';
export type { Page, Batch } from './api/page.js';
export type { ProductPage, ServicePage, PartnerPage, ProductBatch, ServiceBatch } from './api/envelopes.js';
export type { ProductListQuery, ServiceListQuery, PartnerListQuery, ListSort } from './api/list-queries.js';
export type { CartLineInput, CartQuoteRequest, CartQuote, CartProblem, CartProblemCode, QuotedLine, PartnerShippingGroup } from './checkout/cart.js';
export type { ConsentType, ConsentDocument, SellerIdentity, PlatformIdentity, CheckoutTerms } from './checkout/terms.js';
export type {
  Buyer,
  ShippingAddress,
  ConsentAcceptance,
  ReceiptRequest,
  PaymentMethod,
  PaymentProviderId,
  CreateOrderRequest,
  CancellationRequestInput,
  RefundRequest,
} from './checkout/order-input.js';
export type {
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
} from './checkout/order.js';
export type { StartPaymentRequest } from './checkout/route-params.js';
export type { ServiceAvailability, OpeningHours, CancellationPolicy, Slot, AvailabilityDay, Availability, AvailabilityQuery } from './booking/availability.js';
export type { Booking, BookingStatus, BookingQuote, BookingEvent, BookingWithToken } from './booking/booking.js';
export type { CreateHoldRequest, CreateInquiryRequest, QuoteBookingRequest, AcceptQuoteRequest, BookingNoteRequest } from './booking/booking-input.js';
export type { QuotedBooking, CartBookingInput } from './checkout/cart.js';
export type { OrderBooking } from './checkout/order.js';
export type { PricedBooking } from './checkout/quote-cart.js';
export type { MarketCreator, ContentItem, ReferralInput, RecordClickRequest, ClickRecorded, LedgerEntry, CommissionStatement } from './referral/market-creator.js';
export type { CreateStatementTokenRequest, IssuedStatementToken } from './referral/statement-token.js';
export type { OEmbedQuery, OEmbedResponse } from './referral/oembed.js';
export type { SubOrderFulfilmentRequest } from './checkout/fulfilment.js';
