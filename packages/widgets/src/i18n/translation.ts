import type {
  BookingStatus,
  CancellationPolicy,
  BookingMode,
  CartProblem,
  DeliveryMode,
  OrderStatus,
  OrganisationType,
  PaymentMethod,
  PaymentStatus,
  ServiceGroup,
  SubOrderStatus,
} from '@thecen/schema/browser';

/** Locales the widgets ship; Korean is the default. */
export type Locale = 'ko' | 'en';

/**
 * The text of the widgets, split by the element that needs it so that a page loading one card
 * does not download the strings of the others. Functions take already formatted values (money
 * is formatted with `formatKrw`). One object per area and locale in `ko.ts` and `en.ts`.
 */
export interface CommonStrings {
  organisationTypes: Record<OrganisationType, string>;
  loadFailed: string;
  /** The widget found no API or publishable key (no `<cen-store>`, no `data-cen-key` script). */
  notConfigured: string;
  retry: string;
}

export interface ProductStrings {
  /** Stock states are shown as text, never by colour alone. */
  soldOut: string;
  lowStock: string;
  /** Read out (not shown) before a struck-through price: `정가 ` + `15,000원`. */
  listPrice: string;
  discount(percent: number): string;
  loadingProduct: string;
  productNotFound: string;
}

export interface ServiceStrings {
  serviceGroups: Record<ServiceGroup, string>;
  deliveryModes: Record<DeliveryMode, string>;
  bookingModes: Record<BookingMode, string>;
  /** Pricing `starting_from`: `30,000원부터`. */
  priceFrom(price: string): string;
  /** Pricing `quote`. */
  priceQuote: string;
  duration(minutes: number): string;
  /** One service area from the region's short Korean name, English name and optional district. */
  area(regionKo: string, regionEn: string, district: string | undefined): string;
  /** The first area and how many more: `서울 마포구 외 2곳`. */
  moreAreas(first: string, more: number): string;
  /** Between the facts of the details line. */
  separator: string;
  loadingService: string;
  serviceNotFound: string;
}

export interface GridStrings {
  more: string;
  loading: string;
  empty: string;
  listFailed: string;
  /** Live-region text after a page loaded: how many, and in all when appended. */
  loaded(count: number, total: number, appended: boolean): string;
}

/** Adding to the cart and the cart button: small, shipped with the product card. */
export interface CartActionStrings {
  addToCart: string;
  /** Label of the option (variant) list. */
  option: string;
  /** First, empty entry of the option list. */
  chooseOption: string;
  /** One option with its price, and its stock state when sold out: `3kg · 17,000원 (품절)`. */
  optionLabel(label: string, price: string, soldOut: boolean): string;
  /** Adds the chosen option. */
  confirm: string;
  cancel: string;
  /** Announced after a line was added. */
  added: string;
  cartFull(max: number): string;
  addFailed: string;
  quantity: string;
  decrease: string;
  increase: string;
  cart: string;
  /** Name of the cart button and what it announces: `장바구니 3개`. */
  cartCount(count: number): string;
}

/** The cart drawer, and the lines, problems and amounts checkout shows too (loaded with the cart). */
export interface CartStrings extends CartBookingStrings {
  title: string;
  close: string;
  empty: string;
  /** While the server prices the cart. */
  loading: string;
  quoteFailed: string;
  remove: string;
  /** Names of a line's controls: `우리밀 통밀가루 삭제`. */
  removeLine(title: string): string;
  quantityOf(title: string): string;
  decreaseOf(title: string): string;
  increaseOf(title: string): string;
  /** The option of a line: `옵션: 3kg`. */
  option(label: string): string;
  /** Unit price: `개당 12,000원`. */
  each(price: string): string;
  /** Read before a struck-through list price. */
  listPrice: string;
  /** `12,000원 × 2`. */
  times(price: string, quantity: number): string;
  shipping: string;
  free: string;
  remoteAreaFee: string;
  /** `8,000원 더 담으면 무료배송`. */
  toFreeShipping(amount: string): string;
  freeShipping: string;
  /** Label of the free-shipping progress bar of a partner. */
  freeShippingProgress(partner: string): string;
  /** `30,000원 이상 무료배송`. */
  freeOver(amount: string): string;
  subtotal: string;
  shippingTotal: string;
  total: string;
  /** A line's problem in words, with prices already formatted. */
  problem(problem: CartProblem, format: (won: number) => string): string;
  unavailable: string;
  /** Title of a line whose product is no longer sold (the quote has no title for it). */
  unknownProduct: string;
  /** Fix action of `quantity_above_stock`. */
  lowerTo(quantity: number): string;
  checkout: string;
  /** Why "주문하기" is disabled. */
  blocked: string;
  back: string;
  checkoutTitle: string;
  /** Announced after the cart was priced again. */
  updated(total: string): string;
  removed(title: string): string;
  /** A line whose price is being checked. */
  pending: string;
}

/** Seller and platform identity, withdrawal rights: shown by checkout and the order status. */
export interface SellerStrings {
  seller: string;
  tradeName: string;
  representative: string;
  businessNumber: string;
  mailOrder: string;
  /** `통신판매업 신고 면제` (the reason follows). */
  mailOrderExempt: string;
  /** `제2026-서울마포-0417호 (서울 마포구청)`. */
  mailOrderNumber(number: string, office: string): string;
  address: string;
  phone: string;
  email: string;
  platform: string;
  hostingProvider: string;
  withdrawal: string;
  withdrawalDays(days: number): string;
  withdrawalExceptions: string;
  b2bWithdrawal: string;
  loadingSeller: string;
}

/** The consents of the checkout terms, as checkout and the booking inquiry form list them. */
export interface ConsentStrings {
  consents: string;
  agreeAll: string;
  /** Label of a consent's checkbox: `[필수] 구매 이용약관에 동의합니다`. */
  consentLabel(title: string, required: boolean): string;
  viewText(title: string): string;
}

/** The checkout form and its summary. */
export interface CheckoutStrings extends ConsentStrings {
  title: string;
  buyer: string;
  name: string;
  phone: string;
  email: string;
  phoneHint: string;
  address: string;
  /** Heading of the address when the cart holds bookings of a visit service only. */
  visitAddress: string;
  recipient: string;
  recipientPhone: string;
  sameAsBuyer: string;
  postalCode: string;
  postalCodeHint: string;
  road: string;
  detail: string;
  searchAddress: string;
  deliveryNote: string;
  optional: string;
  remoteArea: string;
  receipt: string;
  receiptNone: string;
  cashReceipt: string;
  taxInvoice: string;
  cashPurpose: string;
  incomeDeduction: string;
  expenseProof: string;
  cashReceiptNote: string;
  receiptPhone: string;
  receiptBusinessNumber: string;
  businessNumber: string;
  businessNumberHint: string;
  companyName: string;
  representative: string;
  invoiceEmail: string;
  businessType: string;
  businessItem: string;
  businessPurchase: string;
  payment: string;
  paymentMethods: Record<PaymentMethod, string>;
  whenCard: string;
  whenVirtualAccount(hours: number): string;
  summary: string;
  items: string;
  required: string;
  optionalConsent: string;
  pay(amount: string): string;
  /** Next to the pay button while it is disabled: why, and that pressing it shows what is left. */
  payHint: string;
  paying: string;
  errorsTitle: string;
  errors: {
    required: string;
    phone: string;
    email: string;
    postalCode: string;
    businessNumber: string;
    consent: string;
    invalid: string;
  };
  cartChanged: string;
  confirmChanges: string;
  orderFailed: string;
  retryOrder: string;
  termsFailed: string;
  empty: string;
  redirecting: string;
  noRedirect: string;
}

/** `<cen-order-status>`. */
export interface OrderStrings {
  title: string;
  number: string;
  orderedAt: string;
  status: string;
  orderStatuses: Record<OrderStatus, string>;
  subOrderStatuses: Record<SubOrderStatus, string>;
  paymentStatuses: Record<PaymentStatus, string>;
  paymentMethods: Record<PaymentMethod, string>;
  payment: string;
  method: string;
  paymentStatus: string;
  amount: string;
  /** Label of the whole order's total in the totals list. */
  orderTotal: string;
  approvedAt: string;
  virtualAccount: string;
  bank: string;
  accountNumber: string;
  holder: string;
  dueAt: string;
  depositNote(amount: string, due: string): string;
  declined: string;
  retryPayment: string;
  receipt: string;
  receiptTypes: Record<'none' | 'cash_receipt' | 'tax_invoice', string>;
  businessPurchase: string;
  delivery: string;
  deliveryNote: string;
  refunded: string;
  refunds: string;
  refundLine(date: string, amount: string, reason: string): string;
  cancelTitle: string;
  withdrawalTitle: string;
  openCancel: string;
  openWithdrawal: string;
  reason: string;
  reasons: string[];
  reasonDetail: string;
  optional: string;
  submitCancel: string;
  submitWithdrawal: string;
  close: string;
  requested: string;
  requestFailed: string;
  cancelNote: string;
  withdrawalNote(days: number): string;
  reasonRequired: string;
  refresh: string;
  statusNow(status: string): string;
  loading: string;
  notFound: string;
  noOrder: string;
  loadFailed: string;
}

/** Why a day of the calendar has no slots (`AvailabilityDay.closedReason`). */
export type DayClosedReason = 'holiday' | 'closed' | 'blackout' | 'past' | 'beyond_horizon' | 'unknown_calendar';

/** A booked service in the cart drawer and the checkout summary (loaded with the cart). */
export interface CartBookingStrings {
  /** Heading of the bookings in the cart. */
  bookings: string;
  /** `2명`. */
  persons(count: number): string;
  /** `14:32까지 결제하면 예약이 확정됩니다`. */
  holdUntil(time: string): string;
  /** A booking whose hold ran out, or that can no longer be paid. */
  bookingExpired: string;
  bookingUnavailable: string;
  removeBooking(title: string): string;
}

/** `<cen-service-booking>` and `<cen-booking-status>` (loaded with them). */
export interface BookingStrings {
  // the service summary
  price: string;
  duration: string;
  delivery: string;
  areas: string;
  bookingMode: string;
  policy: string;
  /** The cancellation policy in words. */
  policyText(policy: CancellationPolicy): string;
  // the calendar
  previousMonth: string;
  nextMonth: string;
  today: string;
  dayLoading: string;
  /** `예약 가능 6개`. */
  dayAvailable(free: number): string;
  dayFull: string;
  dayClosed: string;
  /** `공휴일: 추석`. */
  holiday(name: string): string;
  closedReasons: Record<Exclude<DayClosedReason, 'holiday'>, string>;
  /** The mark under a holiday's number (`휴`). */
  holidayMark: string;
  legendAvailable: string;
  legendHoliday: string;
  availabilityFailed: string;
  // slots, party, area
  /** `11월 24일 (화) 예약 가능한 시간`. */
  slotsOf(day: string): string;
  /** Announced after a day was chosen. */
  slotsFound(day: string, free: number): string;
  /** `3자리 남음`. */
  placesLeft(count: number): string;
  slotFree: string;
  slotFull: string;
  partySize: string;
  partyHint(max: number): string;
  fewer: string;
  more: string;
  areaTitle: string;
  areaIntro: string;
  region: string;
  district: string;
  choose: string;
  otherDistrict: string;
  areaCovered: string;
  /** The buyer's area is not served: `areas` lists the service's areas. */
  areaRefused(areas: string): string;
  // holding
  when: string;
  people: string;
  persons(count: number): string;
  estimate: string;
  chooseSlotFirst: string;
  chooseAreaFirst: string;
  outsideArea: string;
  book: string;
  holding: string;
  /** `10분 동안 이 시간을 잡아 둡니다.` */
  holdFor(minutes: number): string;
  holdNote: string;
  slotTaken: string;
  holdFailed: string;
  heldTitle: string;
  remaining: string;
  /** The countdown for screen readers: `9분 41초`. */
  remainingWords(minutes: number, seconds: number): string;
  /** Announced politely at 5 and 1 minute. */
  minutesLeft(minutes: number): string;
  payNow: string;
  release: string;
  /** The reason sent when the buyer gives a held slot back (recorded in Korean). */
  releaseReason: string;
  expiredTitle: string;
  expiredText: string;
  chooseAgain: string;
  number: string;
  service: string;
  amount: string;
  // the inquiry form
  loadingTerms: string;
  termsFailed: string;
  inquiryTitle: string;
  inquiryIntro: string;
  needs: string;
  needsHint: string;
  address: string;
  addressHint: string;
  preferredTimes: string;
  preferredHint: string;
  /** Name of one preferred date's group: `희망 일정 2`. */
  preferredN(n: number): string;
  preferredDate(n: number): string;
  timeOfDay: string;
  timesOfDay: Record<'morning' | 'afternoon' | 'evening' | 'any', string>;
  addPreferred: string;
  removePreferred(n: number): string;
  remove: string;
  contact: string;
  contactNote: string;
  name: string;
  phone: string;
  phoneHint: string;
  email: string;
  send: string;
  sending: string;
  inquiryFailed: string;
  errors: { required: string; area: string; outside: string; futureDate: string; phone: string; email: string; consent: string; invalid: string; reason: string };
  sentTitle: string;
  status: string;
  nextTitle: string;
  nextSteps: string[];
  statusLink: string;
  statusLinkNote: string;
  // the booking status
  title: string;
  statuses: Record<BookingStatus, string>;
  /** What the status means for the buyer now; `until` is the hold's end, formatted. */
  statusNote(status: BookingStatus, until: string): string;
  partner: string;
  place: string;
  quoteTitle: string;
  quoteAmount: string;
  quoteMessage: string;
  validUntil: string;
  proposedSlots: string;
  accept: string;
  accepting: string;
  decline: string;
  declineTitle: string;
  confirmDecline: string;
  reason: string;
  cancelTitle: string;
  openCancel: string;
  confirmCancel: string;
  close: string;
  /** The refund and fee a cancellation now would give, before the buyer confirms. */
  cancelPreview(refund: string, fee: string, free: boolean): string;
  cancelUnpaid: string;
  cancelServerDecides: string;
  notCancellable: string;
  cancellation: string;
  refund: string;
  fee: string;
  cancelledBy: Record<'buyer' | 'partner' | 'system', string>;
  history: string;
  eventTypes: Record<BookingStatus | 'started', string>;
  by: Record<'buyer' | 'partner' | 'system', string>;
  refresh: string;
  statusNow(status: string): string;
  loading: string;
  notFound: string;
  noBooking: string;
  loadFailed: string;
  actionFailed: string;
  /** Announced after the booking went into the cart to be paid. */
  inCart: string;
  cartFull: string;
}

/** Every string of one locale. */
export type Translation = CommonStrings &
  ProductStrings &
  ServiceStrings &
  GridStrings &
  CartActionStrings &
  CartStrings &
  SellerStrings &
  CheckoutStrings &
  OrderStrings &
  BookingStrings;

/** One area's strings in every locale. */
export type Localized<T> = Record<Locale, T>;
