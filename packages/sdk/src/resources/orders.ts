import type {
  CancellationRequestInput,
  CreateOrderRequest,
  Order,
  OrderCreated,
  PaymentSession,
  Refund,
  RefundRequest,
  StartPaymentRequest,
  SubOrderFulfilmentRequest,
} from '@thecen/schema/browser';
import type { IdempotentRequestOptions, RequestOptions } from '../client-options.js';
import type { Requester } from '../http/request.js';
import { routeCaller } from './methods.js';

/**
 * Orders: `client.orders`. Buyers (publishable key) create an order and then reach it with its
 * signed order token; servers (secret key) read any order by id and refund it.
 */
export interface OrdersResource {
  /**
   * Places an order: the server prices every line again (totals are never sent), reserves the
   * stock, makes one sub-order per partner and starts the payment; send the buyer to
   * `payment.redirectUrl`. Always sends an `Idempotency-Key` (yours, or one generated per call)
   * and reuses it on retries, so a call creates one order at most. Rejects with
   * `CenCartChangedError` (409, `error.quote`) when the cart changed since it was quoted.
   *
   * `POST /v1/orders`
   * @example
   * const { order, orderToken, payment } = await client.orders.create(
   *   { lines, buyer, shippingAddress, consents, receipt: { type: 'none' }, paymentMethod: 'card', returnUrl: location.href },
   *   { idempotencyKey: checkoutAttemptId },
   * );
   * location.assign(payment.redirectUrl!);
   */
  create(body: CreateOrderRequest, options?: IdempotentRequestOptions): Promise<OrderCreated>;
  /**
   * Gets an order with the signed token the buyer received (`ot_…`, e.g. from the `cen_order`
   * parameter of the return URL); rejects with `CenNotFoundError` for an unknown or forged token.
   *
   * `GET /v1/orders/by-token/{token}`
   * @example
   * const order = await client.orders.retrieveByToken(new URL(location.href).searchParams.get('cen_order')!);
   */
  retrieveByToken(token: string, options?: RequestOptions): Promise<Order>;
  /**
   * Starts the payment of an unpaid order again, e.g. after a decline or with another method.
   *
   * `POST /v1/orders/by-token/{token}/payments`
   * @example
   * const payment = await client.orders.startPayment(token, { paymentMethod: 'virtual_account' });
   * location.assign(payment.redirectUrl!);
   */
  startPayment(token: string, body: StartPaymentRequest, options?: IdempotentRequestOptions): Promise<PaymentSession>;
  /**
   * Cancels an unpaid order, or asks the sellers to cancel (`kind: 'cancel'`) or to accept a
   * withdrawal (`kind: 'withdrawal'`, 청약철회) of a paid one. Answers the updated order.
   *
   * `POST /v1/orders/by-token/{token}/cancellation`
   * @example
   * const order = await client.orders.requestCancellation(token, { kind: 'withdrawal', reason: '단순 변심' });
   */
  requestCancellation(token: string, body: CancellationRequestInput, options?: IdempotentRequestOptions): Promise<Order>;
  /**
   * Gets any order of the channel by id. Servers only: needs the `secretKey` option.
   *
   * `GET /v1/orders/{id}`
   * @example
   * const cen = createClient({ baseUrl, secretKey: process.env.CEN_SECRET_KEY });
   * const order = await cen.orders.retrieve('ord_7f3k2q9x');
   */
  retrieve(id: string, options?: RequestOptions): Promise<Order>;
  /**
   * Refunds an order in full or in part: some lines (or some of their quantity), a whole partner
   * sub-order (with its shipping), or everything when neither is given. Servers only: needs the
   * `secretKey` option. Send the same `idempotencyKey` to retry a refund you are unsure about.
   *
   * `POST /v1/orders/{id}/refunds`
   * @example
   * const refund = await cen.orders.refund('ord_7f3k2q9x', { subOrderId: 'sub_4h8p1m2n', reason: '품절로 판매자 취소' });
   */
  refund(id: string, body: RefundRequest, options?: IdempotentRequestOptions): Promise<Refund>;
  /**
   * Records a partner's fulfilment of one sub-order: `shipped` with the carrier and tracking
   * number, then `delivered` (from which the withdrawal period runs; referral commission on the
   * sub-order becomes payable after it). Only forwards, once each: a step out of turn, or a
   * cancelled or refunded sub-order, rejects with `CenConflictError` (`fulfilment_not_allowed`).
   * Answers the updated order. Servers only: needs the `secretKey` option. Always sends an
   * `Idempotency-Key` (yours, or one generated per call) and reuses it on retries.
   *
   * `POST /v1/orders/{id}/sub-orders/{subOrderId}/fulfilment`
   * @example
   * const cen = createClient({ baseUrl, secretKey: process.env.CEN_SECRET_KEY });
   * await cen.orders.updateFulfilment('ord_7f3k2q9x', 'sub_4h8p1m2n', { status: 'shipped', carrier: 'CJ대한통운', trackingNumber: '6543-2109-8765' });
   * const order = await cen.orders.updateFulfilment('ord_7f3k2q9x', 'sub_4h8p1m2n', { status: 'delivered' });
   */
  updateFulfilment(orderId: string, subOrderId: string, body: SubOrderFulfilmentRequest, options?: IdempotentRequestOptions): Promise<Order>;
}

export function ordersResource(request: Requester): OrdersResource {
  const call = routeCaller(request);
  return {
    create: (body, options) => call('createOrder', {}, body, options),
    retrieveByToken: (token, options) => call('getOrderByToken', { token }, undefined, options),
    startPayment: (token, body, options) => call('startOrderPayment', { token }, body, options),
    requestCancellation: (token, body, options) => call('requestOrderCancellation', { token }, body, options),
    retrieve: (id, options) => call('getOrder', { id }, undefined, options, 'secret'),
    refund: (id, body, options) => call('refundOrder', { id }, body, options, 'secret'),
    updateFulfilment: (id, subOrderId, body, options) => call('updateSubOrderFulfilment', { id, subOrderId }, body, options, 'secret'),
  };
}
