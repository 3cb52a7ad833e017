import {
  checkConsents,
  isAllowedReturnUrl,
  quoteCart,
  receiptSummary,
  type Buyer,
  type CancellationRequestInput,
  type CartBookingInput,
  type CartLineInput,
  type CartQuote,
  type CheckoutTerms,
  type CreateOrderRequest,
  type FieldError,
  type Order,
  type OrderBooking,
  type OrderCreated,
  type Partner,
  type PaymentMethod,
  type PaymentSession,
  type PaymentSummary,
  type PricedBooking,
  type Product,
  type SellerIdentity,
  type ShippingAddress,
  type SubOrderFulfilmentRequest,
  type SubOrderStatus,
} from '@thecen/schema';
import type { ChannelFixture } from '../fixtures/channel.js';
import { toKstIso } from '../fixtures/seoul-time.js';
import { productWithAbsoluteUrls } from './absolute-urls.js';
import { problemBody, type ProblemCode } from './problem-response.js';
import type { PublicCatalog } from './public-catalog.js';
import { randomAccountNumber, randomId, randomOrderNumber, randomOrderToken } from './random-ids.js';

/** How long an unpaid card order holds its stock (the server's default is similar). */
export const CARD_HOLD_MINUTES = 30;
/** The bank and holder of the mock's virtual accounts. */
export const MOCK_VIRTUAL_ACCOUNT_BANK = '농협은행';
export const MOCK_VIRTUAL_ACCOUNT_HOLDER = '더쎈(데모)';
export const MOCK_DECLINE_MESSAGE = '카드사에서 결제를 거절했습니다. (테스트 결제)';

/** A problem a store operation answers with; the handlers turn it into `application/problem+json`. */
export class MockProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    detail: string,
    readonly extra: { errors?: FieldError[]; extensions?: Record<string, unknown> } = {},
  ) {
    super(detail);
    this.name = 'MockProblem';
  }
}

/** What a write answered: replayed as is when its idempotency key comes again. */
export interface StoredAnswer {
  status: number;
  body: unknown;
}

interface OrderRecord {
  channelId: string;
  token: string;
  order: Order;
  /** Stock this order takes, by `productId:variantId`; given back when it is cancelled or expires. */
  holds: Map<string, number>;
  /** Every payment id the order had; only the last (`order.payment.id`) can move. */
  paymentIds: string[];
}

/** What the checkout asks of the bookings it sells next to products (the booking store answers). */
export interface CheckoutBookings {
  /** The cart's bookings priced, in request order; an unknown token is a 400 problem at `body.bookings.<i>.bookingToken`. */
  price(channelId: string, inputs: readonly CartBookingInput[]): PricedBooking[];
  /** An order now pays these bookings: they await its payment (`pending_payment`) and reference it. */
  attach(bookingIds: readonly string[], order: { id: string; buyer: Buyer; shippingAddress: ShippingAddress | undefined; expiresAt: string | null }): void;
  /** The order was paid: its bookings are `confirmed`. */
  paid(orderId: string): void;
  /** The order ended unpaid: its bookings are `expired` or `cancelled`, their slots freed. */
  released(orderId: string, how: 'expired' | 'cancelled'): void;
}

export interface CheckoutStoreOptions {
  catalog: PublicCatalog;
  terms: CheckoutTerms;
  now: () => Date;
  /** The bookings a cart may carry; without it a cart with bookings gets a 400 problem. */
  bookings?: CheckoutBookings;
}

/** Sub-orders that can be shipped: paid and not shipped yet (a pending cancel request or a partial refund leave it shippable). */
const FULFILMENT_SHIPPABLE: readonly SubOrderStatus[] = ['paid', 'preparing', 'partially_refunded', 'cancel_requested'];
/** Sub-orders that can be marked delivered: shipped and not delivered yet. */
const FULFILMENT_DELIVERABLE: readonly SubOrderStatus[] = ['shipped', 'partially_refunded', 'cancel_requested'];

const stockKey = (productId: string, variantId: string | null | undefined) => `${productId}:${variantId ?? ''}`;

function sellerIdentity(partner: Partner): SellerIdentity {
  return {
    partnerId: partner.id,
    name: partner.name,
    representative: partner.representative,
    businessNumber: partner.businessNumber,
    mailOrder: partner.mailOrder,
    address: partner.address,
    phone: partner.phone,
    email: partner.email,
  };
}

/**
 * The in-memory checkout of one `createHandlers()` call: orders, their payments, stock held by
 * unpaid and paid orders, and the answers of idempotent writes. Synchronous between reading a
 * request's body and answering, so concurrent requests cannot oversell.
 */
export function createCheckoutStore({ catalog, terms, now, bookings }: CheckoutStoreOptions) {
  const orders = new Map<string, OrderRecord>();
  const orderIdByToken = new Map<string, string>();
  const orderIdByPayment = new Map<string, string>();
  const answers = new Map<string, { fingerprint: string; answer: StoredAnswer }>();
  /** Units taken from stock by orders, by `productId:variantId`. */
  const taken = new Map<string, number>();

  const nowIso = () => toKstIso(now());

  /** Products as sold now: absolute URLs, stock less what orders took. */
  function productsFor(root: string): Map<string, Product> {
    const available = (productId: string, variantId: string | null, stock: number | null) =>
      stock === null ? null : Math.max(0, stock - (taken.get(stockKey(productId, variantId)) ?? 0));
    return new Map(
      catalog.products.map((product) => {
        const p = productWithAbsoluteUrls(root, product);
        p.stock = available(p.id, null, p.stock);
        p.variants = p.variants.map((v) => ({ ...v, stock: available(p.id, v.id, v.stock) }));
        return [p.id, p];
      }),
    );
  }

  function priceBookings(channelId: string, inputs: readonly CartBookingInput[] | undefined): PricedBooking[] {
    if (!inputs || inputs.length === 0) return [];
    if (!bookings) {
      throw new MockProblem(400, 'validation_failed', 'body.bookings are not sold by this mock', {
        errors: [{ path: 'body.bookings', message: 'are not sold by this mock', code: 'unknown_booking' }],
      });
    }
    return bookings.price(channelId, inputs);
  }

  /** Prices a cart: products with the stock left, bookings as the booking store has them. */
  function quote(
    lines: readonly CartLineInput[],
    postalCode: string | undefined,
    root: string,
    channelId = '',
    bookingInputs?: readonly CartBookingInput[],
  ): CartQuote {
    return quoteCart({ lines, postalCode, products: productsFor(root), bookings: priceBookings(channelId, bookingInputs) });
  }

  function giveBack(record: OrderRecord): void {
    for (const [key, quantity] of record.holds) taken.set(key, (taken.get(key) ?? 0) - quantity);
    record.holds.clear();
  }

  function setSubOrders(order: Order, status: SubOrderStatus, only?: (current: SubOrderStatus) => boolean): void {
    for (const sub of order.subOrders) if (!only || only(sub.status)) sub.status = status;
  }

  function touch(record: OrderRecord): Order {
    record.order.updatedAt = nowIso();
    return record.order;
  }

  /** Orders whose hold ran out (card: abandoned; virtual account: no deposit in time) expire. */
  function sweep(): void {
    const time = now().getTime();
    for (const record of orders.values()) {
      const { order } = record;
      if ((order.status === 'pending_payment' || order.status === 'awaiting_deposit') && order.expiresAt && Date.parse(order.expiresAt) <= time) {
        order.status = 'expired';
        if (order.payment.status === 'ready' || order.payment.status === 'awaiting_deposit') order.payment.status = 'expired';
        order.expiresAt = null;
        setSubOrders(order, 'canceled');
        giveBack(record);
        bookings?.released(order.id, 'expired');
        touch(record);
      }
    }
  }

  /**
   * Runs a write once per idempotency key: the same key with the same request answers the stored
   * answer; with another request (route or body) it is a 409 `idempotency_key_reused`. Problems
   * thrown by `run` (invalid input) are not stored, so the request may be corrected and resent.
   */
  function once(channelId: string, key: string, fingerprint: string, run: () => StoredAnswer): StoredAnswer & { replayed: boolean } {
    const id = `${channelId} ${key}`;
    const stored = answers.get(id);
    if (stored) {
      if (stored.fingerprint !== fingerprint) {
        throw new MockProblem(409, 'idempotency_key_reused', 'This Idempotency-Key was already used for another request; make a new key for a new request.');
      }
      return { ...stored.answer, replayed: true };
    }
    const answer = run();
    answers.set(id, { fingerprint, answer: structuredClone(answer) });
    return { ...answer, replayed: false };
  }

  function newPayment(method: PaymentMethod, amount: number): PaymentSummary {
    return { id: randomId('payment'), provider: 'test', method, status: 'ready', amount, refundedAmount: 0, approvedAt: null, virtualAccount: null, failureMessage: null };
  }

  function session(payment: PaymentSummary, root: string): PaymentSession {
    return { paymentId: payment.id, provider: 'test', amount: payment.amount, redirectUrl: `${root}/pay/test/${payment.id}`, clientParams: null };
  }

  /** The `bookings` of a sub-order (only when it has any): one line per booked service, no shipping. */
  function orderBookingsOf(cart: CartQuote, indexes: readonly number[] | undefined): { bookings?: OrderBooking[] } {
    const booked = (cart.bookings ?? []).filter((b) => indexes?.includes(b.bookingIndex));
    if (booked.length === 0) return {};
    return {
      bookings: booked.map((b) => ({
        lineId: randomId('orderLine'),
        bookingId: b.bookingId,
        serviceId: b.serviceId,
        title: b.title,
        slotStart: b.slotStart,
        slotEnd: b.slotEnd,
        partySize: b.partySize,
        amount: b.amount,
        refundedAmount: 0,
      })),
    };
  }

  function createOrder(channel: ChannelFixture, input: CreateOrderRequest, root: string): StoredAnswer {
    const errors = checkConsents(terms, input.consents);
    if (!isAllowedReturnUrl(input.returnUrl, channel.allowedOrigins)) {
      errors.push({ path: 'body.returnUrl', message: "must be on one of the channel's allowed origins", code: 'forbidden_return_url' });
    }
    if (errors.length > 0) {
      throw new MockProblem(400, 'validation_failed', errors.map((e) => `${e.path} ${e.message}`).join('; '), { errors });
    }
    const cart = quote(input.lines, input.shippingAddress?.postalCode, root, channel.id, input.bookings);
    if (cart.problems.length > 0) {
      const codes = [...new Set(cart.problems.map((p) => p.code))].join(', ');
      return {
        status: 409,
        body: problemBody(409, 'cart_changed', {
          detail: `The cart cannot be ordered as it is (${codes}); show the buyer the current quote.`,
          extensions: { quote: cart },
        }),
      };
    }

    const createdAt = now();
    const at = toKstIso(createdAt);
    const orderId = randomId('order');
    const payment = newPayment(input.paymentMethod, cart.total);
    const order: Order = {
      id: orderId,
      object: 'order',
      number: randomOrderNumber(createdAt),
      status: 'pending_payment',
      buyer: { ...input.buyer },
      // A cart of bookings only ships nothing: the buyer stands in as the (empty) address.
      shippingAddress: input.shippingAddress
        ? { ...input.shippingAddress }
        : { recipient: input.buyer.name, phone: input.buyer.phone, postalCode: '', road: '', detail: '' },
      deliveryNote: input.deliveryNote ?? '',
      businessPurchase: input.businessPurchase ?? false,
      receipt: { type: input.receipt.type, summary: receiptSummary(input.receipt) },
      consents: input.consents.map((c) => ({ type: c.type, version: c.version, accepted: c.accepted, acceptedAt: at })),
      subOrders: cart.groups.map((group) => ({
        id: randomId('subOrder'),
        partnerId: group.partnerId,
        seller: sellerIdentity(catalog.partnerById.get(group.partnerId)!),
        status: 'pending',
        lines: cart.lines
          .filter((line) => group.lineIndexes.includes(line.lineIndex))
          .map((line) => ({
            id: randomId('orderLine'),
            productId: line.productId,
            variantId: line.variantId,
            title: line.title,
            variantLabel: line.variantLabel,
            image: line.image,
            quantity: line.quantity,
            unitPrice: line.unitPrice,
            lineTotal: line.lineTotal,
            refundedQuantity: 0,
          })),
        ...orderBookingsOf(cart, group.bookingIndexes),
        subtotal: group.subtotal,
        shippingFee: group.shippingFee,
        remoteAreaFee: group.remoteAreaFee,
        total: group.total,
        refundedAmount: 0,
      })),
      subtotal: cart.subtotal,
      shippingTotal: cart.shippingTotal,
      total: cart.total,
      refundedAmount: 0,
      payment,
      refunds: [],
      expiresAt: toKstIso(new Date(createdAt.getTime() + CARD_HOLD_MINUTES * 60_000)),
      createdAt: at,
      updatedAt: at,
    };

    const holds = new Map<string, number>();
    for (const line of cart.lines) {
      if (line.available === null) continue;
      const key = stockKey(line.productId, line.variantId);
      holds.set(key, (holds.get(key) ?? 0) + line.quantity);
    }
    for (const [key, quantity] of holds) taken.set(key, (taken.get(key) ?? 0) + quantity);

    const bookingIds = (cart.bookings ?? []).filter((b) => b.orderable).map((b) => b.bookingId);
    if (bookingIds.length > 0) bookings?.attach(bookingIds, { id: orderId, buyer: input.buyer, shippingAddress: input.shippingAddress, expiresAt: order.expiresAt });

    const token = randomOrderToken(orderId);
    orders.set(orderId, { channelId: channel.id, token, order, holds, paymentIds: [payment.id] });
    orderIdByToken.set(token, orderId);
    orderIdByPayment.set(payment.id, orderId);
    const created: OrderCreated = { object: 'order_created', order: structuredClone(order), orderToken: token, payment: session(payment, root) };
    return { status: 201, body: created };
  }

  function recordByToken(channelId: string, token: string): OrderRecord {
    sweep();
    const record = orders.get(orderIdByToken.get(token) ?? '');
    if (!record || record.channelId !== channelId) throw new MockProblem(404, 'not_found', 'No order has this token.');
    return record;
  }

  function startPayment(record: OrderRecord, method: PaymentMethod, root: string): StoredAnswer {
    const { order } = record;
    if (order.status !== 'pending_payment') {
      throw new MockProblem(409, 'order_not_payable', `The order is ${order.status}: it cannot be paid now.`);
    }
    order.payment = newPayment(method, order.total);
    record.paymentIds.push(order.payment.id);
    orderIdByPayment.set(order.payment.id, order.id);
    touch(record);
    return { status: 200, body: session(order.payment, root) };
  }

  function requestCancellation(record: OrderRecord, input: CancellationRequestInput): StoredAnswer {
    const { order } = record;
    if (order.status === 'pending_payment' || order.status === 'awaiting_deposit') {
      order.status = 'canceled';
      order.payment.status = 'canceled';
      order.expiresAt = null;
      setSubOrders(order, 'canceled');
      giveBack(record);
      bookings?.released(order.id, 'cancelled');
    } else if (order.status === 'paid' || order.status === 'partially_refunded') {
      const open: SubOrderStatus[] = ['paid', 'preparing', 'shipped', 'delivered'];
      if (!order.subOrders.some((s) => open.includes(s.status) || s.status === 'cancel_requested')) {
        throw new MockProblem(409, 'order_not_cancelable', 'Nothing of this order is left to cancel.');
      }
      setSubOrders(order, 'cancel_requested', (status) => open.includes(status));
    } else {
      throw new MockProblem(409, 'order_not_cancelable', `The order is ${order.status}: it can no longer be cancelled (${input.kind}).`);
    }
    touch(record);
    return { status: 200, body: structuredClone(order) };
  }

  /** An order of the channel by id (the secret-key routes); a 404 problem for another channel's or none. */
  function recordById(channelId: string, orderId: string): OrderRecord {
    sweep();
    const record = orders.get(orderId);
    if (!record || record.channelId !== channelId) throw new MockProblem(404, 'not_found', `No order has the id ${orderId}.`);
    return record;
  }

  /**
   * A partner's fulfilment of a paid sub-order, by the server's rules: `shipped` (carrier and
   * tracking number) then `delivered`, forwards only and once each; the status moves with it from
   * `paid`/`preparing` → `shipped` → `delivered`, while a sub-order with a pending cancel request
   * (or a partial refund) keeps its status and records the times. Anything else is a 409
   * `fulfilment_not_allowed`.
   */
  function fulfil(record: OrderRecord, subOrderId: string, input: SubOrderFulfilmentRequest): StoredAnswer {
    const sub = record.order.subOrders.find((s) => s.id === subOrderId);
    if (!sub) throw new MockProblem(404, 'not_found', `The order has no sub-order ${subOrderId}.`);
    const notAllowed = (detail: string) => new MockProblem(409, 'fulfilment_not_allowed', detail);
    const status = sub.status.replace('_', ' ');
    if (input.status === 'shipped') {
      if (sub.shipment) throw notAllowed('The sub-order was already shipped.');
      if (!FULFILMENT_SHIPPABLE.includes(sub.status)) throw notAllowed(`The sub-order is ${status}; it cannot be shipped.`);
      if (!sub.lines.some((line) => line.quantity > line.refundedQuantity)) throw notAllowed('The sub-order has no product left to ship.');
      sub.shipment = { carrier: input.carrier, trackingNumber: input.trackingNumber, shippedAt: nowIso() };
      if (sub.status === 'paid' || sub.status === 'preparing') sub.status = 'shipped';
    } else {
      if (sub.deliveredAt) throw notAllowed('The sub-order was already delivered.');
      if (!sub.shipment) throw notAllowed('The sub-order has not been shipped yet.');
      if (!FULFILMENT_DELIVERABLE.includes(sub.status)) throw notAllowed(`The sub-order is ${status}; it cannot be delivered.`);
      sub.deliveredAt = nowIso();
      if (sub.status === 'shipped') sub.status = 'delivered';
    }
    return { status: 200, body: structuredClone(touch(record)) };
  }

  /** The order whose current payment is `paymentId`, for the mock payment actions. */
  function paymentRecord(paymentId: string): OrderRecord {
    sweep();
    const record = orders.get(orderIdByPayment.get(paymentId) ?? '');
    if (!record) throw new Error(`No mock order has the payment ${paymentId}.`);
    if (record.order.payment.id !== paymentId) throw new Error(`${paymentId} is not the current payment of order ${record.order.id}.`);
    return record;
  }

  function expectPayment(record: OrderRecord, statuses: readonly string[], method?: PaymentMethod): void {
    const { payment, status } = record.order;
    if (!statuses.includes(payment.status) || (method && payment.method !== method)) {
      throw new Error(
        `Payment ${payment.id} is ${payment.status} (${payment.method}, order ${status}); expected ${statuses.join(' or ')}${method ? ` (${method})` : ''}.`,
      );
    }
  }

  function markPaid(record: OrderRecord): Order {
    const { order } = record;
    order.status = 'paid';
    order.payment.status = 'paid';
    order.payment.approvedAt = nowIso();
    order.expiresAt = null;
    setSubOrders(order, 'paid');
    bookings?.paid(order.id);
    return structuredClone(touch(record));
  }

  const payments = {
    approve(paymentId: string): Order {
      const record = paymentRecord(paymentId);
      expectPayment(record, ['ready'], 'card');
      return markPaid(record);
    },
    decline(paymentId: string, message = MOCK_DECLINE_MESSAGE): Order {
      const record = paymentRecord(paymentId);
      expectPayment(record, ['ready']);
      record.order.payment.status = 'declined';
      record.order.payment.failureMessage = message;
      return structuredClone(touch(record));
    },
    issueVirtualAccount(paymentId: string): Order {
      const record = paymentRecord(paymentId);
      expectPayment(record, ['ready'], 'virtual_account');
      const { order } = record;
      const dueAt = toKstIso(new Date(now().getTime() + terms.virtualAccountHours * 3_600_000));
      order.payment.status = 'awaiting_deposit';
      order.payment.virtualAccount = { bank: MOCK_VIRTUAL_ACCOUNT_BANK, accountNumber: randomAccountNumber(), holder: MOCK_VIRTUAL_ACCOUNT_HOLDER, dueAt };
      order.status = 'awaiting_deposit';
      order.expiresAt = dueAt;
      return structuredClone(touch(record));
    },
    deposit(paymentId: string): Order {
      const record = paymentRecord(paymentId);
      expectPayment(record, ['awaiting_deposit'], 'virtual_account');
      return markPaid(record);
    },
    expire(paymentId: string): Order {
      const record = paymentRecord(paymentId);
      expectPayment(record, ['ready', 'declined', 'awaiting_deposit']);
      record.order.expiresAt = nowIso();
      sweep();
      return structuredClone(record.order);
    },
    order(paymentId: string): Order {
      const record = orders.get(orderIdByPayment.get(paymentId) ?? '');
      if (!record) throw new Error(`No mock order has the payment ${paymentId}.`);
      sweep();
      return structuredClone(record.order);
    },
  };

  return { quote, once, createOrder, recordByToken, recordById, fulfil, startPayment, requestCancellation, sweep, payments };
}

export type CheckoutStore = ReturnType<typeof createCheckoutStore>;
