import type { Order } from '@thecen/schema';
import type { RequestHandler } from 'msw';
import type { CheckoutStore } from './checkout-store.js';
import { handlerRegistry, type HandlerSource } from './handler-source.js';

/** The checkout state behind each handler made by `createHandlers()`. */
const checkoutStores = handlerRegistry<CheckoutStore>(
  'No mock checkout behind these handlers: pass handlers made by createHandlers() of @thecen/mocks, a createMockFetch() function or an msw server using them.',
);

export function registerCheckoutStore(handlers: readonly RequestHandler[], store: CheckoutStore): void {
  checkoutStores.register(handlers, store);
}

/**
 * Moves the payment of a mock order along, as a buyer on the test payment page (and the bank,
 * for deposits) would. Each action answers the order as it is now. Mock only: the real server's
 * `test` provider has a hosted page and signed webhooks instead.
 */
export interface MockPayments {
  /** Card payment approved: the order is `paid`, each partner's sub-order `paid`. */
  approve(paymentId: string): Order;
  /** Payment declined with `message` (a default Korean one): the order stays `pending_payment`, so `orders.startPayment` can try again. */
  decline(paymentId: string, message?: string): Order;
  /** Virtual account issued for a `virtual_account` payment: the order is `awaiting_deposit` until `virtualAccount.dueAt` (the terms' `virtualAccountHours`). */
  issueVirtualAccount(paymentId: string): Order;
  /** The buyer deposited into the virtual account: the order is `paid`. */
  deposit(paymentId: string): Order;
  /** The payment's deadline passed: the order is `expired` and its stock returned. */
  expire(paymentId: string): Order;
  /** The order of a payment, as it is now. */
  order(paymentId: string): Order;
}

/**
 * The payment controls of the mock checkout behind `source`: the handlers of one
 * `createHandlers()` call, a `createMockFetch()` function, or an msw server / worker using them.
 * Each `createHandlers()` call has its own orders, so tests stay isolated.
 *
 * @example
 * const mockFetch = createMockFetch();
 * const cen = createClient({ baseUrl: 'http://localhost:8787', publishableKey: DEMO_PUBLISHABLE_KEY, fetch: mockFetch });
 * const { payment, orderToken } = await cen.orders.create(order);
 * mockPayments(mockFetch).approve(payment.paymentId);
 * (await cen.orders.retrieveByToken(orderToken)).status; // 'paid'
 */
export function mockPayments(source: HandlerSource): MockPayments {
  return checkoutStores.find(source).payments;
}
