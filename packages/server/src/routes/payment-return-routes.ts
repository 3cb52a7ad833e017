import type { Context, Hono } from 'hono';
import type { CheckoutContext } from '../checkout/checkout-context.js';
import type { AppEnv } from '../http/app-env.js';
import { renderPaymentNotFoundPage, renderPaymentRetryPage } from '../pages/payment-return-page.js';
import { completeFailReturn, completeSuccessReturn, type ReturnAnswer } from '../payments/complete-payment-return.js';

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * `GET /payments/{provider}/success` and `/fail`: where the provider sends the buyer back. The
 * server confirms (or records the failure) and redirects (303) to the shop's `returnUrl` with
 * `cen_order=<token>`, plus `cen_payment=failed` when the payment did not go through.
 */
export function registerPaymentReturnRoutes(app: Hono<AppEnv>, ctx: CheckoutContext): void {
  const answer = (c: Context<AppEnv>, result: ReturnAnswer) => {
    switch (result.kind) {
      case 'redirect':
        return c.body(null, 303, { Location: result.location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
      case 'retry':
        return c.body(renderPaymentRetryPage(result.message, c.req.url), 503, { ...PAGE_HEADERS, 'Retry-After': '5' });
      case 'not_found':
        return c.body(renderPaymentNotFoundPage(), 404, PAGE_HEADERS);
    }
  };
  app.get('/payments/:provider/:outcome{success|fail}', async (c) => {
    const provider = ctx.providers.get(c.req.param('provider'));
    if (!provider) return c.body(renderPaymentNotFoundPage(), 404, PAGE_HEADERS);
    const params = new URL(c.req.url).searchParams;
    const result =
      c.req.param('outcome') === 'success' ? await completeSuccessReturn(ctx, provider, params) : await completeFailReturn(ctx, provider, params);
    return answer(c, result);
  });
}
