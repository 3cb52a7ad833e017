import type { Context, Hono } from 'hono';
import type { CheckoutContext } from '../checkout/checkout-context.js';
import type { AppEnv } from '../http/app-env.js';
import { findOrderRow, type PaymentRow } from '../orders/load-order.js';
import { renderPaymentNotFoundPage, renderPaymentRetryPage } from '../pages/payment-return-page.js';
import { renderHostedPaymentPage, renderPaymentNotPayablePage } from '../payments/hosted-page/hosted-payment-page.js';
import { HOSTED_PAYMENT_SDKS, hostedPaymentPageCsp, type HostedPaymentSdk } from '../payments/hosted-page/hosted-payment-sdks.js';
import { verifyPaymentPageToken } from '../payments/payment-page-token.js';
import { providerPaymentToPrepare, returnUrls } from '../payments/provider-payment.js';
import { outputContextOf } from './output-context-of.js';

const PAYMENT_ID = /^pay_[a-z0-9]{4,32}$/;

const PLAIN_PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The fail URL as if the buyer cancelled: the server records it and sends the buyer back to the shop. */
function cancelUrlOf(baseUrl: string, sdk: HostedPaymentSdk, paymentId: string): string {
  const url = new URL(returnUrls(baseUrl, sdk.provider).failUrl);
  url.searchParams.set('code', 'PAY_PROCESS_CANCELED');
  url.searchParams.set('message', '구매자가 결제를 취소했습니다.');
  url.searchParams.set(sdk.failIdParam, paymentId);
  return url.href;
}

/**
 * The payment pages this server hosts for providers paid through their browser SDK (Toss,
 * PortOne): `GET /pay/{provider}/{paymentId}?t=…` (signed like the test page's links) and their
 * launchers `GET /pay/assets/{provider}-launch.js`. The page's parameters are computed again by
 * the provider's `prepare` (no call to the provider: it only assembles them), so they are always
 * those of the payment as it is now. Only configured providers get a page.
 */
export function registerHostedPaymentPageRoutes(app: Hono<AppEnv>, ctx: CheckoutContext): void {
  const baseUrlOf = (c: Context<AppEnv>) => outputContextOf(c, ctx.publicUrl).baseUrl;

  for (const sdk of Object.values(HOSTED_PAYMENT_SDKS)) {
    const provider = ctx.providers.get(sdk.provider);
    if (!provider) continue;

    app.get(sdk.launcherPath, (c) =>
      c.body(sdk.launcherSource, 200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=300',
        'X-Content-Type-Options': 'nosniff',
      }),
    );

    app.get(`/pay/${sdk.provider}/:paymentId`, async (c) => {
      const paymentId = c.req.param('paymentId');
      const token = c.req.query('t');
      const notFound = () => c.body(renderPaymentNotFoundPage(), 404, PLAIN_PAGE_HEADERS);
      if (!PAYMENT_ID.test(paymentId) || !token || token.length > 100) return notFound();
      if (!verifyPaymentPageToken(await ctx.signingSecret(), sdk.provider, paymentId, token)) return notFound();
      const [payment] = await ctx.db.query<PaymentRow>('SELECT * FROM payments WHERE id = $1 AND provider = $2', [paymentId, sdk.provider]);
      const order = payment ? await findOrderRow(ctx.db, payment.order_id) : null;
      if (!payment || !order) return notFound();

      const baseUrl = baseUrlOf(c);
      const cancelUrl = cancelUrlOf(baseUrl, sdk, paymentId);
      if (payment.status !== 'ready' || order.status !== 'pending_payment') {
        // The fail URL leaves a finished payment as it is and sends the buyer back to the shop's order page.
        return c.body(renderPaymentNotPayablePage(cancelUrl), 409, PLAIN_PAGE_HEADERS);
      }
      const toPrepare = await providerPaymentToPrepare(ctx.db, payment, order, ctx.now());
      let clientParams: Record<string, string> | null = null;
      try {
        clientParams = (await provider.prepare(toPrepare, returnUrls(baseUrl, sdk.provider))).clientParams;
      } catch (error) {
        ctx.onBackgroundError(error);
      }
      if (!clientParams) {
        return c.body(renderPaymentRetryPage('결제창을 준비하지 못했습니다. 잠시 후 다시 시도해 주세요.', c.req.url), 503, {
          ...PLAIN_PAGE_HEADERS,
          'Retry-After': '5',
        });
      }
      return c.body(
        renderHostedPaymentPage({
          sdk,
          orderName: toPrepare.orderName,
          amount: toPrepare.amount,
          clientParams,
          launcherUrl: `${baseUrl}${sdk.launcherPath}`,
          cancelUrl,
        }),
        200,
        {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
          'Content-Security-Policy': hostedPaymentPageCsp(sdk),
          'X-Content-Type-Options': 'nosniff',
          'Referrer-Policy': 'no-referrer',
        },
      );
    });
  }
}
