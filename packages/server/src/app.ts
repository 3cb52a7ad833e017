import { useEnglishValidationMessages } from '@thecen/schema';
import { Hono } from 'hono';
import { InvalidCursorError } from './catalog/cursor.js';
import type { Database } from './db/database.js';
import type { AppEnv } from './http/app-env.js';
import { ProblemError, problemFromError, problemResponse } from './http/problem.js';
import { requestId } from './http/request-id.js';
import { serveStaticMount, type StaticMount } from './http/static-files.js';
import type { CheckoutContext } from './checkout/checkout-context.js';
import { createPaymentProviders, type PaymentProviders } from './payments/provider-registry.js';
import { registerApiRoutes } from './routes/api-routes.js';
import { referralHandlers } from './routes/referral-routes.js';
import { registerReferralLinkRoutes } from './routes/referral-link-routes.js';
import { bookingHandlers } from './routes/booking-routes.js';
import { catalogHandlers } from './routes/catalog-api-routes.js';
import { checkoutHandlers } from './routes/checkout-routes.js';
import { orderHandlers } from './routes/order-routes.js';
import { registerHostedPaymentPageRoutes } from './routes/hosted-payment-page-routes.js';
import { registerPaymentReturnRoutes } from './routes/payment-return-routes.js';
import { registerTestPaymentPageRoutes } from './routes/test-payment-page-routes.js';
import { registerWebhookRoutes } from './routes/webhook-routes.js';
import { lazySigningSecret } from './secrets/signing-secret.js';
import { registerHealthRoute } from './routes/health-route.js';
import { registerItemPageRoutes } from './routes/item-page-routes.js';
import { registerFaviconRoute } from './routes/favicon-route.js';
import type { MallWidgets } from './pages/mall-widgets.js';
import { registerMediaRoutes } from './routes/media-routes.js';
import { registerOpenApiRoute } from './routes/openapi-route.js';

export interface CreateAppOptions {
  db: Database;
  /**
   * Public base URL of the server (`https://api.thecen.example`), used for absolute image and
   * page URLs and the OpenAPI server. Without it, the origin each request was sent to is used.
   */
  publicUrl?: string | undefined;
  /** The mall's widgets on the item pages (buy and book there, e.g. after a referral link); script-free pages without. */
  mall?: MallWidgets | undefined;
  /** Folders served as they are, e.g. `{ prefix: '/cdn', dir: 'packages/widgets/dist/cdn' }`. */
  staticMounts?: readonly StaticMount[] | undefined;
  /** Called with unexpected errors (answered as 500 problems without details); logs by default. */
  onUnexpectedError?: ((error: unknown, requestId: string) => void) | undefined;
  /** Checkout, orders and payments; every part has a default. */
  checkout?: CheckoutOptions | undefined;
}

export interface CheckoutOptions {
  /**
   * Signs order tokens and payment-page links (`CEN_SIGNING_SECRET`, 32+ characters). Without
   * it, a secret generated at the first start and kept in the database is used.
   */
  signingSecret?: string | undefined;
  /**
   * Environment the payment providers are configured from (`CEN_PAYMENT_PROVIDER`, provider
   * keys, `CEN_TEST_WEBHOOK_SECRET`); none given: the built-in test provider with its demo secret.
   */
  env?: Record<string, string | undefined> | undefined;
  /** Ready-made providers instead (tests); `env` is then ignored. */
  providers?: PaymentProviders | undefined;
  /** Clock of holds, deadlines and records; tests move it. */
  now?: (() => Date) | undefined;
}

function logUnexpectedError(error: unknown, id: string): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`[thecen-server] ${id} unexpected error: ${message}`);
}

/**
 * The Hono app of the reference server: catalog API, checkout, orders and payments (provider
 * returns, webhooks, the test provider's page, the hosted pages of SDK-based providers), service
 * booking, media, OpenAPI, health and item pages.
 */
export function createApp(options: CreateAppOptions): Hono<AppEnv> {
  useEnglishValidationMessages();
  const publicUrl = options.publicUrl?.replace(/\/+$/, '') || undefined;
  const onUnexpectedError = options.onUnexpectedError ?? logUnexpectedError;
  const app = new Hono<AppEnv>();

  app.use('*', requestId());
  for (const mount of options.staticMounts ?? []) app.use('*', serveStaticMount(mount));

  registerOpenApiRoute(app, publicUrl);
  const now = options.checkout?.now ?? (() => new Date());
  const signingSecret = lazySigningSecret(options.db, options.checkout?.signingSecret);
  const checkout: CheckoutContext = {
    db: options.db,
    providers: options.checkout?.providers ?? createPaymentProviders(options.checkout?.env ?? {}, { db: options.db, signingSecret, now }),
    signingSecret,
    now,
    publicUrl,
    onBackgroundError: (error) => onUnexpectedError(error, 'background'),
  };
  registerApiRoutes(app, options.db, {
    ...catalogHandlers({ db: options.db, publicUrl }),
    ...checkoutHandlers(checkout),
    ...orderHandlers(checkout),
    ...bookingHandlers(checkout),
    ...referralHandlers({ db: options.db, now, publicUrl, signingSecret, env: options.checkout?.env }),
  });
  registerReferralLinkRoutes(app, { db: options.db, now, publicUrl, env: options.checkout?.env });
  registerWebhookRoutes(app, checkout);
  registerPaymentReturnRoutes(app, checkout);
  if (checkout.providers.test) registerTestPaymentPageRoutes(app, checkout, checkout.providers.test);
  registerHostedPaymentPageRoutes(app, checkout);
  registerMediaRoutes(app);
  registerHealthRoute(app, options.db);
  registerItemPageRoutes(app, options.db, publicUrl, options.mall);
  registerFaviconRoute(app);

  app.notFound((c) => problemResponse(c, 404, 'not_found', `Nothing is at ${c.req.path.slice(0, 200)}.`));
  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemFromError(c, error);
    if (error instanceof InvalidCursorError) {
      return problemResponse(c, 400, 'validation_failed', `query.cursor ${error.message}`, {
        errors: [{ path: 'query.cursor', message: error.message, code: 'invalid_cursor' }],
      });
    }
    onUnexpectedError(error, c.get('requestId'));
    return problemResponse(c, 500, 'internal', 'Something went wrong on our side; the request id helps us find out what.');
  });
  return app;
}
