import { PAYMENT_PROVIDERS, type PaymentProviderId } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import type { PaymentProvider } from './payment-provider.js';
import { createPortOneProvider } from './providers/portone/index.js';
import { createTestProvider, type TestProvider } from './providers/test/index.js';
import { createTossProvider } from './providers/toss/index.js';

/**
 * The payment providers the server can talk to: the one new payments use, and every configured
 * one (payments made with an earlier provider can still be confirmed, refunded and notified).
 */
export interface PaymentProviders {
  /** The provider new payments use (`CEN_PAYMENT_PROVIDER`, `test` by default). */
  readonly defaultId: PaymentProviderId;
  get(id: string): PaymentProvider | undefined;
  /** The built-in test provider, when enabled (its hosted page and deposit simulation). */
  readonly test: TestProvider | undefined;
}

export interface ProviderDependencies {
  db: Queryable;
  signingSecret: () => Promise<string>;
  now: () => Date;
}

/** A registry from ready-made providers (tests inject fakes this way). */
export function paymentProvidersOf(providers: readonly PaymentProvider[], defaultId: PaymentProviderId = providers[0]!.id): PaymentProviders {
  const byId = new Map<string, PaymentProvider>(providers.map((p) => [p.id, p]));
  if (!byId.has(defaultId)) throw new Error(`the default payment provider ${defaultId} is not configured`);
  return {
    defaultId,
    get: (id) => byId.get(id),
    test: byId.get('test') as TestProvider | undefined,
  };
}

function selectedProvider(value: string | undefined): PaymentProviderId {
  const id = (value ?? '').trim() || 'test';
  if (!(PAYMENT_PROVIDERS as readonly string[]).includes(id)) {
    throw new Error(`CEN_PAYMENT_PROVIDER must be one of ${PAYMENT_PROVIDERS.join(', ')}, got "${id}"`);
  }
  return id as PaymentProviderId;
}

function required(env: Record<string, string | undefined>, name: string, provider: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`CEN_PAYMENT_PROVIDER=${provider} needs ${name}`);
  return value;
}

/**
 * Builds the providers from the environment: `CEN_PAYMENT_PROVIDER` (test | toss | portone,
 * default test) picks the one new payments use; `CEN_TEST_WEBHOOK_SECRET` (test provider,
 * default `whsec_test_demo`); `TOSS_SECRET_KEY` and `TOSS_CLIENT_KEY`; `PORTONE_API_SECRET`,
 * `PORTONE_WEBHOOK_SECRET`, `PORTONE_STORE_ID` and `PORTONE_CHANNEL_KEY`. A real provider whose
 * keys are set stays available after switching (its payments can still be refunded and
 * notified); the test provider and its payment page exist only while it is selected.
 * Provider secrets live only in the environment, never in the database or in pages.
 */
export function createPaymentProviders(env: Record<string, string | undefined>, deps: ProviderDependencies): PaymentProviders {
  const defaultId = selectedProvider(env.CEN_PAYMENT_PROVIDER);
  const providers: PaymentProvider[] = [];
  if (defaultId === 'test') {
    providers.push(createTestProvider({ ...deps, webhookSecret: env.CEN_TEST_WEBHOOK_SECRET?.trim() || undefined }));
  }
  if (defaultId === 'toss' || env.TOSS_SECRET_KEY?.trim()) {
    providers.push(
      createTossProvider({
        secretKey: required(env, 'TOSS_SECRET_KEY', 'toss'),
        clientKey: required(env, 'TOSS_CLIENT_KEY', 'toss'),
        now: deps.now,
      }),
    );
  }
  if (defaultId === 'portone' || env.PORTONE_API_SECRET?.trim()) {
    providers.push(
      createPortOneProvider({
        apiSecret: required(env, 'PORTONE_API_SECRET', 'portone'),
        webhookSecret: required(env, 'PORTONE_WEBHOOK_SECRET', 'portone'),
        storeId: required(env, 'PORTONE_STORE_ID', 'portone'),
        channelKey: required(env, 'PORTONE_CHANNEL_KEY', 'portone'),
        now: deps.now,
      }),
    );
  }
  return paymentProvidersOf(providers, defaultId);
}
