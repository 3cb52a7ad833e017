import type { Hono } from 'hono';
import type { CheckoutContext } from '../checkout/checkout-context.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { readBodyText } from '../http/read-body.js';
import { applyWebhookEvent } from '../payments/apply-webhook-event.js';
import { WebhookVerificationError, type WebhookEvent } from '../payments/payment-provider.js';
import { PaymentProviderUnavailableError } from '../payments/providers/provider-http.js';

/**
 * `POST /v1/webhooks/{provider}`: the raw body goes to the provider's `parseWebhook` (signature
 * checked there; a bad one is a 401 and changes nothing), then each event is applied once.
 * Answers 200 with what each event did.
 */
export function registerWebhookRoutes(app: Hono<AppEnv>, ctx: CheckoutContext): void {
  app.post('/v1/webhooks/:provider', async (c) => {
    const provider = ctx.providers.get(c.req.param('provider'));
    if (!provider) throw new ProblemError(404, 'not_found', 'No payment provider of that name is configured on this server.');
    const rawBody = await readBodyText(c);
    let events: WebhookEvent[];
    try {
      events = await provider.parseWebhook({ headers: c.req.raw.headers, rawBody });
    } catch (error) {
      if (error instanceof WebhookVerificationError) {
        throw new ProblemError(401, 'unauthorized', `The webhook could not be verified: ${error.message}`.slice(0, 300));
      }
      // The provider could not be asked to confirm the event: 503 makes it deliver the webhook again.
      if (error instanceof PaymentProviderUnavailableError) {
        throw new ProblemError(503, 'payment_provider_error', 'The payment provider could not be reached to verify the webhook; please retry.', {
          headers: { 'Retry-After': '30' },
        });
      }
      throw error;
    }
    const results = [];
    for (const event of events) results.push({ eventId: event.eventId, outcome: await applyWebhookEvent(ctx, provider, event) });
    return c.json({ object: 'webhook_receipt', events: results }, 200, { 'Cache-Control': 'no-store' });
  });
  app.all('/v1/webhooks/:provider', (c) => {
    throw new ProblemError(405, 'method_not_allowed', `${c.req.method} is not allowed here; use POST.`, { headers: { Allow: 'POST' } });
  });
}
