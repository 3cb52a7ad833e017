import type { PaymentSession } from '@thecen/schema';
import { loadCheckoutSettings } from '../channels/checkout-settings.js';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import type { OrderRow, PaymentRow } from '../orders/load-order.js';
import type { PaymentProvider, ProviderPayment } from './payment-provider.js';
import { hostedPaymentSdkOf } from './hosted-page/hosted-payment-sdks.js';
import { signPaymentPageToken } from './payment-page-token.js';

/** `우리밀 백밀가루 외 2건`: the first line's title and how many more, for the provider's page. */
async function orderName(db: Queryable, orderId: string): Promise<string> {
  const lines = await db.query<{ title: string }>('SELECT title FROM order_lines WHERE order_id = $1 ORDER BY position', [orderId]);
  const first = lines[0]?.title ?? '주문';
  const name = lines.length > 1 ? `${first} 외 ${lines.length - 1}건` : first;
  return name.length > 100 ? `${name.slice(0, 99)}…` : name;
}

/** What a provider adapter sees of one of our payments. */
export async function providerPaymentOf(
  db: Queryable,
  payment: PaymentRow,
  order: OrderRow,
  options: { depositDueAt?: Date | null } = {},
): Promise<ProviderPayment> {
  return {
    id: payment.id,
    orderId: order.id,
    orderNumber: order.number,
    orderName: await orderName(db, order.id),
    method: payment.method,
    amount: payment.amount,
    providerPaymentKey: payment.provider_payment_key,
    buyer: { name: order.buyer.name, email: order.buyer.email, phone: order.buyer.phone },
    depositDueAt: options.depositDueAt ? options.depositDueAt.toISOString() : null,
  };
}

/**
 * What a provider is asked to prepare: the payment, with the deposit deadline of a virtual
 * account counted from `now` in the channel's virtual-account hours.
 */
export async function providerPaymentToPrepare(db: Queryable, payment: PaymentRow, order: OrderRow, now: Date): Promise<ProviderPayment> {
  const settings = await loadCheckoutSettings(db, order.channel_id);
  const depositDueAt = payment.method === 'virtual_account' ? new Date(now.getTime() + settings.virtualAccountHours * 3600_000) : null;
  return providerPaymentOf(db, payment, order, { depositDueAt });
}

/** The provider's return URLs on this server: `/payments/{provider}/success` and `/fail`. */
export function returnUrls(baseUrl: string, provider: string): { successUrl: string; failUrl: string } {
  return { successUrl: `${baseUrl}/payments/${provider}/success`, failUrl: `${baseUrl}/payments/${provider}/fail` };
}

/** `{baseUrl}/pay/{provider}/{paymentId}?t=…`: the payment page this server hosts for a provider's browser SDK. */
export function hostedPaymentPageUrl(baseUrl: string, provider: string, paymentId: string, signingSecret: string): string {
  return `${baseUrl}/pay/${provider}/${encodeURIComponent(paymentId)}?t=${signPaymentPageToken(signingSecret, provider, paymentId)}`;
}

/**
 * Asks the provider for what the buyer's browser needs to pay. A provider that answers with
 * browser-SDK parameters and no page (Toss, PortOne) gets this server's hosted payment page as
 * `redirectUrl`, which loads the provider's SDK with those parameters: widgets only ever follow
 * `redirectUrl`. The parameters stay in the session for shops that run the SDK themselves.
 */
export async function preparePaymentSession(
  provider: PaymentProvider,
  payment: ProviderPayment,
  baseUrl: string,
  signingSecret: string,
): Promise<PaymentSession> {
  let prepared;
  try {
    prepared = await provider.prepare(payment, returnUrls(baseUrl, provider.id));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ProblemError(502, 'payment_provider_error', `The payment provider could not start the payment: ${message.slice(0, 200)}`);
  }
  let redirectUrl = prepared.redirectUrl;
  if (redirectUrl === null && prepared.clientParams !== null && hostedPaymentSdkOf(provider.id)) {
    redirectUrl = hostedPaymentPageUrl(baseUrl, provider.id, payment.id, signingSecret);
  }
  return {
    paymentId: payment.id,
    provider: provider.id,
    amount: payment.amount,
    redirectUrl,
    clientParams: prepared.clientParams,
  };
}
