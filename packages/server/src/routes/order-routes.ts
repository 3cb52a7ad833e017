import { checkConsents, isAllowedReturnUrl, routes, type OrderCreated, type PaymentMethod } from '@thecen/schema';
import type { Context, Handler } from 'hono';
import { bookingIdsOfTokens, syncBookingHolds } from '../bookings/bookings-in-orders.js';
import { loadCheckoutSettings } from '../channels/checkout-settings.js';
import { loadCheckoutTerms } from '../channels/checkout-terms-store.js';
import type { CheckoutContext } from '../checkout/checkout-context.js';
import type { Queryable } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError, validationProblem } from '../http/problem.js';
import { readJsonBody } from '../http/read-body.js';
import { EMPTY_QUERY, parsePathParams, parseQuery } from '../http/validate-input.js';
import { idempotencyKeyOf, type IdempotentWork } from '../orders/idempotency.js';
import { findOrderRow, latestPayment, loadOrder, type OrderRow, type PaymentRow } from '../orders/load-order.js';
import { newId } from '../orders/new-id.js';
import { verifyOrderToken, signOrderToken } from '../orders/order-token.js';
import { placeOrder } from '../orders/place-order.js';
import { finishRefund, refundOrder } from '../orders/refund-order.js';
import { requestCancellation } from '../orders/request-cancellation.js';
import { updateSubOrderFulfilment } from '../orders/sub-order-fulfilment.js';
import { preparePaymentSession, providerPaymentToPrepare } from '../payments/provider-payment.js';
import { noCheckoutTerms } from './checkout-routes.js';
import { answerIdempotently } from './idempotent-answer.js';
import { jsonAnswer, sendAnswer } from './json-answer.js';
import { outputContextOf } from './output-context-of.js';

export type OrderRouteName =
  | 'createOrder'
  | 'getOrderByToken'
  | 'startOrderPayment'
  | 'requestOrderCancellation'
  | 'getOrder'
  | 'refundOrder'
  | 'updateSubOrderFulfilment';

function orderNotFound(): ProblemError {
  return new ProblemError(404, 'not_found', 'No order matches this token.');
}

/** `returnUrl` must be an http(s) page on one of the channel's allowed origins. */
function checkReturnUrl(returnUrl: string, allowedOrigins: readonly string[]): void {
  if (!isAllowedReturnUrl(returnUrl, allowedOrigins)) {
    throw validationProblem([
      { path: 'body.returnUrl', message: "must be a page on one of the mall's allowed origins", code: 'forbidden_return_url' },
    ]);
  }
}

export function orderHandlers(ctx: CheckoutContext): Record<OrderRouteName, Handler<AppEnv>> {
  const { db } = ctx;
  const baseUrlOf = (c: Context<AppEnv>) => outputContextOf(c, ctx.publicUrl).baseUrl;

  /** The order of a token, for the key's channel only; 404 for anything else. */
  async function orderOfToken(c: Context<AppEnv>): Promise<OrderRow> {
    const orderId = verifyOrderToken(c.req.param('token') ?? '', await ctx.signingSecret());
    const order = orderId ? await findOrderRow(db, orderId) : null;
    if (!order || order.channel_id !== c.get('channel').id) throw orderNotFound();
    return order;
  }

  /** The order of an id, for the secret key's channel only. */
  async function orderOfId(c: Context<AppEnv>, id = parsePathParams(c, routes.getOrder.params).id): Promise<OrderRow> {
    const order = await findOrderRow(db, id);
    if (!order || order.channel_id !== c.get('channel').id) throw new ProblemError(404, 'not_found', `No order has the id ${id}.`);
    return order;
  }

  async function sessionOf(payment: PaymentRow, order: OrderRow, baseUrl: string) {
    const provider = ctx.providers.get(payment.provider);
    if (!provider) throw new ProblemError(502, 'payment_provider_error', `The payment provider ${payment.provider} is not configured on this server.`);
    const prepared = await providerPaymentToPrepare(db, payment, order, ctx.now());
    return preparePaymentSession(provider, prepared, baseUrl, await ctx.signingSecret());
  }

  async function orderCreated(orderId: string, baseUrl: string) {
    const order = (await findOrderRow(db, orderId))!;
    const session = await sessionOf((await latestPayment(db, orderId))!, order, baseUrl);
    const body: OrderCreated = {
      object: 'order_created',
      order: (await loadOrder(db, orderId))!,
      orderToken: signOrderToken(orderId, await ctx.signingSecret()),
      payment: session,
    };
    return jsonAnswer(body, 201);
  }

  const idempotent = (c: Context<AppEnv>, route: OrderRouteName, raw: unknown, work: IdempotentWork) => answerIdempotently(c, db, route, raw, work);

  async function newPaymentAttempt(order: OrderRow, method: PaymentMethod, record: (tx: Queryable, id: string) => Promise<void>): Promise<string> {
    const now = ctx.now();
    const settings = await loadCheckoutSettings(db, order.channel_id);
    return db.transaction(async (tx) => {
      const [locked] = await tx.query<OrderRow>('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [order.id]);
      if (locked!.status !== 'pending_payment') {
        throw new ProblemError(409, 'order_not_payable', `The order is ${locked!.status.replace('_', ' ')}; it cannot take another payment.`);
      }
      const [attempt] = await tx.query<{ next: number }>('SELECT COALESCE(max(attempt), 0) + 1 AS next FROM payments WHERE order_id = $1', [order.id]);
      const paymentId = newId('payment');
      await tx.query(
        `INSERT INTO payments (id, order_id, attempt, provider, method, status, amount, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'ready', $6, $7, $7)`,
        [paymentId, order.id, attempt!.next, ctx.providers.defaultId, method, locked!.total, now],
      );
      // A new attempt gets a full hold again (never shorter than the one it had).
      await tx.query('UPDATE orders SET expires_at = GREATEST(expires_at, $2), updated_at = $3 WHERE id = $1', [
        order.id,
        new Date(now.getTime() + settings.cardHoldMinutes * 60_000),
        now,
      ]);
      await syncBookingHolds(tx, order.id);
      await record(tx, paymentId);
      return paymentId;
    });
  }

  async function paymentSessionAnswer(paymentId: string, baseUrl: string) {
    const [payment] = await db.query<PaymentRow>('SELECT * FROM payments WHERE id = $1', [paymentId]);
    const order = (await findOrderRow(db, payment!.order_id))!;
    return jsonAnswer(await sessionOf(payment!, order, baseUrl));
  }

  return {
    createOrder: async (c) => {
      parseQuery(c, EMPTY_QUERY);
      const channel = c.get('channel');
      idempotencyKeyOf(c.req.header('Idempotency-Key'));
      const { data: request, raw } = await readJsonBody(c, routes.createOrder.body);
      const baseUrl = baseUrlOf(c);
      return idempotent(c, 'createOrder', raw, {
        execute: async (record) => {
          checkReturnUrl(request.returnUrl, channel.allowedOrigins);
          const terms = await loadCheckoutTerms(db, channel.id);
          if (!terms) throw noCheckoutTerms();
          const consentErrors = checkConsents(terms.terms, request.consents);
          if (consentErrors.length > 0) throw validationProblem(consentErrors);
          const bookingIds = bookingIdsOfTokens(request.bookings, await ctx.signingSecret());
          const placed = await placeOrder(db, {
            bookingIds,
            channel,
            request,
            termsVersion: terms.version,
            settings: await loadCheckoutSettings(db, channel.id),
            provider: ctx.providers.defaultId,
            now: ctx.now(),
            ctx: outputContextOf(c, ctx.publicUrl),
            onCreated: record,
          });
          return orderCreated(placed.orderId, baseUrl);
        },
        resume: (orderId) => orderCreated(orderId, baseUrl),
      });
    },

    getOrderByToken: async (c) => {
      parseQuery(c, EMPTY_QUERY);
      const order = await orderOfToken(c);
      return sendAnswer(c, jsonAnswer(await loadOrder(db, order.id)));
    },

    startOrderPayment: async (c) => {
      parseQuery(c, EMPTY_QUERY);
      const order = await orderOfToken(c);
      idempotencyKeyOf(c.req.header('Idempotency-Key'));
      const { data, raw } = await readJsonBody(c, routes.startOrderPayment.body);
      const baseUrl = baseUrlOf(c);
      return idempotent(c, 'startOrderPayment', raw, {
        execute: async (record) => paymentSessionAnswer(await newPaymentAttempt(order, data.paymentMethod, record), baseUrl),
        resume: (paymentId) => paymentSessionAnswer(paymentId, baseUrl),
      });
    },

    requestOrderCancellation: async (c) => {
      parseQuery(c, EMPTY_QUERY);
      const order = await orderOfToken(c);
      idempotencyKeyOf(c.req.header('Idempotency-Key'));
      const { data, raw } = await readJsonBody(c, routes.requestOrderCancellation.body);
      return idempotent(c, 'requestOrderCancellation', raw, {
        execute: async () => {
          await requestCancellation(ctx, order.id, data);
          return jsonAnswer(await loadOrder(db, order.id));
        },
      });
    },

    getOrder: async (c) => {
      parseQuery(c, EMPTY_QUERY);
      const order = await orderOfId(c);
      return sendAnswer(c, jsonAnswer(await loadOrder(db, order.id)));
    },

    refundOrder: async (c) => {
      parseQuery(c, EMPTY_QUERY);
      const order = await orderOfId(c);
      idempotencyKeyOf(c.req.header('Idempotency-Key'));
      const { data, raw } = await readJsonBody(c, routes.refundOrder.body);
      return idempotent(c, 'refundOrder', raw, {
        execute: async (record) => jsonAnswer(await refundOrder(ctx, order, data, record), 201),
        resume: async (refundId) => jsonAnswer(await finishRefund(ctx, refundId), 201),
      });
    },

    updateSubOrderFulfilment: async (c) => {
      parseQuery(c, EMPTY_QUERY);
      const { id, subOrderId } = parsePathParams(c, routes.updateSubOrderFulfilment.params);
      const order = await orderOfId(c, id);
      idempotencyKeyOf(c.req.header('Idempotency-Key'));
      const { data, raw } = await readJsonBody(c, routes.updateSubOrderFulfilment.body);
      return idempotent(c, 'updateSubOrderFulfilment', raw, {
        execute: async () => {
          await updateSubOrderFulfilment(db, order.id, subOrderId, data, ctx.now());
          return jsonAnswer(await loadOrder(db, order.id));
        },
      });
    },
  };
}
