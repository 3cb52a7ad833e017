import type { Product } from '@thecen/schema/browser';

/** Detail of `cen-add-to-cart`: what the buyer asked to add. */
export interface CenAddToCartDetail {
  product: Product;
  /** The option chosen, for a product with options; undefined otherwise. */
  variantId: string | undefined;
  quantity: number;
}
/**
 * Fired when the buyer asks to add a product to the cart, before it is added; cancelable:
 * `preventDefault()` keeps it out of the cart (e.g. a members-only product the host handles itself).
 */
export type CenAddToCartEvent = CustomEvent<CenAddToCartDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-add-to-cart': CenAddToCartEvent;
  }
}
