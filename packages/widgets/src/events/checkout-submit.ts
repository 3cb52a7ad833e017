import type { PaymentMethod } from '@thecen/schema/browser';
import type { CartLine } from '../cart/cart-store.js';

/**
 * Detail of `cen-checkout-submit`: what is about to be ordered. The buyer's personal data is left
 * out on purpose: host pages do not need it.
 */
export interface CenCheckoutSubmitDetail {
  lines: readonly CartLine[];
  paymentMethod: PaymentMethod;
  /** Total of the last quote shown to the buyer, in won; the server computes the real one. */
  total: number;
}
/**
 * Fired when the buyer confirms the order, before it is sent; cancelable: `preventDefault()`
 * stops the order.
 */
export type CenCheckoutSubmitEvent = CustomEvent<CenCheckoutSubmitDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-checkout-submit': CenCheckoutSubmitEvent;
  }
}
