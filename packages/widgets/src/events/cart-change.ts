import type { CartLine } from '../cart/cart-store.js';

/** Detail of `cen-cart-change`: the cart after the change. */
export interface CenCartChangeDetail {
  /** Number of lines (products and options): what the cart button shows. */
  count: number;
  /** Every line of the cart after the change. */
  lines: readonly CartLine[];
}
/** Fired after the buyer changed the cart on this page: added, removed, or changed a quantity. */
export type CenCartChangeEvent = CustomEvent<CenCartChangeDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-cart-change': CenCartChangeEvent;
  }
}
