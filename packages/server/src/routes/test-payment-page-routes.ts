import type { Context, Hono } from 'hono';
import type { CheckoutContext } from '../checkout/checkout-context.js';
import type { AppEnv } from '../http/app-env.js';
import { readBodyText } from '../http/read-body.js';
import { renderPaymentNotFoundPage } from '../pages/payment-return-page.js';
import { renderTestPaymentPage } from '../payments/providers/test/test-payment-page.js';
import type { TestGatewayPayment } from '../payments/providers/test/test-gateway.js';
import type { TestProvider } from '../payments/providers/test/test-provider.js';
import { outputContextOf } from './output-context-of.js';

const PAYMENT_ID = /^pay_[a-z0-9]{4,32}$/;
const ACTIONS = ['approve', 'decline', 'cancel', 'issue', 'deposit'] as const;
type Action = (typeof ACTIONS)[number];

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Where a redirect or the page's "back" link sends the buyer, with Toss-like parameters. */
function successUrlOf(record: TestGatewayPayment): string {
  const url = new URL(record.successUrl);
  url.searchParams.set('paymentKey', record.paymentKey);
  url.searchParams.set('orderId', record.paymentId);
  url.searchParams.set('amount', String(record.amount));
  return url.href;
}

function failUrlOf(record: TestGatewayPayment, code: string, message: string): string {
  const url = new URL(record.failUrl);
  url.searchParams.set('code', code);
  url.searchParams.set('message', message);
  url.searchParams.set('orderId', record.paymentId);
  return url.href;
}

function backUrlOf(record: TestGatewayPayment): string | null {
  switch (record.status) {
    case 'approved':
    case 'confirmed':
    case 'issued':
    case 'deposited':
      return successUrlOf(record);
    case 'declined':
      return failUrlOf(record, 'TEST_CARD_DECLINED', '카드사에서 결제를 거절했습니다.');
    case 'abandoned':
      return failUrlOf(record, 'PAY_PROCESS_CANCELED', '구매자가 결제를 취소했습니다.');
    default:
      return null;
  }
}

/**
 * The test provider's hosted payment page, `GET /pay/test/{paymentId}?t=…`, and its buttons,
 * `POST /pay/test/{paymentId}/{approve|decline|cancel|issue|deposit}` (plain forms with the
 * signed `t`). "입금 완료 시뮬레이션" makes the fake PG send its signed deposit webhook to this
 * server, as a real PG would.
 */
export function registerTestPaymentPageRoutes(app: Hono<AppEnv>, ctx: CheckoutContext, provider: TestProvider): void {
  const baseUrlOf = (c: Context<AppEnv>) => outputContextOf(c, ctx.publicUrl).baseUrl;

  async function page(c: Context<AppEnv>, record: TestGatewayPayment, token: string): Promise<Response> {
    const [order] = await ctx.db.query<{ return_url: string }>(
      'SELECT o.return_url FROM payments p JOIN orders o ON o.id = p.order_id WHERE p.id = $1',
      [record.paymentId],
    );
    // Forms post here, then redirect to the return URL on this server, then to the shop's page.
    const formTargets = new Set(["'self'", originOf(record.successUrl), order ? originOf(order.return_url) : null].filter(Boolean));
    return c.body(
      renderTestPaymentPage({ record, actionBase: `${baseUrlOf(c)}/pay/test/${record.paymentId}`, token, backUrl: backUrlOf(record) }),
      200,
      {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': `default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'; form-action ${[...formTargets].join(' ')}`,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
      },
    );
  }

  const notFound = (c: Context<AppEnv>) =>
    c.body(renderPaymentNotFoundPage(), 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });

  async function recordOf(paymentId: string, token: string | null | undefined): Promise<TestGatewayPayment | null> {
    if (!PAYMENT_ID.test(paymentId) || !token || token.length > 100) return null;
    if (!(await provider.verifyPageToken(paymentId, token))) return null;
    return provider.gateway.get(paymentId);
  }

  app.get('/pay/test/:paymentId', async (c) => {
    const token = c.req.query('t');
    const record = await recordOf(c.req.param('paymentId'), token);
    return record ? page(c, record, token!) : notFound(c);
  });

  app.post('/pay/test/:paymentId/:action', async (c) => {
    const paymentId = c.req.param('paymentId');
    const action = c.req.param('action') as Action;
    const form = new URLSearchParams(await readBodyText(c, 4096));
    const token = form.get('t');
    const record = ACTIONS.includes(action) ? await recordOf(paymentId, token) : null;
    if (!record) return notFound(c);
    const pageUrl = `${baseUrlOf(c)}/pay/test/${paymentId}?t=${token}`;
    const redirect = (location: string) => c.body(null, 303, { Location: location, 'Cache-Control': 'no-store' });
    const gateway = provider.gateway;
    switch (action) {
      case 'approve': {
        const done = record.method === 'card' ? await gateway.transition(paymentId, ['ready'], 'approved') : null;
        return redirect(done ? successUrlOf(done) : pageUrl);
      }
      case 'decline': {
        const done = record.method === 'card' ? await gateway.transition(paymentId, ['ready'], 'declined') : null;
        return redirect(done ? backUrlOf(done)! : pageUrl);
      }
      case 'cancel': {
        const done = await gateway.transition(paymentId, ['ready'], 'abandoned');
        return redirect(done ? backUrlOf(done)! : pageUrl);
      }
      case 'issue': {
        const done = await gateway.issueVirtualAccount(paymentId, '더 쎈(테스트)');
        return redirect(done ? successUrlOf(done) : pageUrl);
      }
      case 'deposit': {
        const webhook = await provider.depositWebhook(paymentId);
        if (webhook) {
          // Delivered through the whole HTTP stack, signature check included, as a PG would.
          const response = await app.request(`${new URL(c.req.url).origin}/v1/webhooks/test`, { method: 'POST', headers: webhook.headers, body: webhook.body });
          if (!response.ok) ctx.onBackgroundError(new Error(`the simulated deposit webhook was refused: ${response.status}`));
        }
        return redirect(pageUrl);
      }
    }
  });
}
