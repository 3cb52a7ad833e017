import type { Product } from '@thecen/schema/browser';

/** Detail of `cen-product-load`: the product a card fetched. */
export interface CenProductLoadDetail {
  product: Product;
}
/** Fired by `<cen-product-card>` after it fetched and rendered its product (not when `product` is set by script). */
export type CenProductLoadEvent = CustomEvent<CenProductLoadDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-product-load': CenProductLoadEvent;
  }
}
