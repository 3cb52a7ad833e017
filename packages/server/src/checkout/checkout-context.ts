import type { Database } from '../db/database.js';
import type { PaymentProviders } from '../payments/provider-registry.js';

/** What the checkout, order and payment code needs from the app. */
export interface CheckoutContext {
  db: Database;
  providers: PaymentProviders;
  /** The secret that signs order tokens and payment-page links. */
  signingSecret: () => Promise<string>;
  /** The clock of every business timestamp (holds, deadlines, records); tests move it. */
  now: () => Date;
  /** Public base URL; the request's origin when absent. */
  publicUrl: string | undefined;
  /** Errors that cannot be answered to anyone (e.g. a failed automatic refund after a response). */
  onBackgroundError: (error: unknown) => void;
}
