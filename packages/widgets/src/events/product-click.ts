import type { Product } from '@thecen/schema/browser';

/** Detail of `cen-product-click`: the product whose link was activated. */
export interface CenProductClickDetail {
  product: Product;
}
/** Fired before a product card navigates to `product.url`; cancelable: `preventDefault()` keeps the page. */
export type CenProductClickEvent = CustomEvent<CenProductClickDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-product-click': CenProductClickEvent;
  }
}
