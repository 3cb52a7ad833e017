import type { Product } from '@thecen/schema/browser';

/** Detail of `cen-products-load`: one page of a product grid. */
export interface CenProductsLoadDetail {
  /** The products of the page just loaded (not the ones shown before it). */
  products: Product[];
  /** Whether a further page exists ("더 보기" is shown). */
  hasMore: boolean;
}
/** Fired by `<cen-product-grid>` after a page of products was fetched and rendered. */
export type CenProductsLoadEvent = CustomEvent<CenProductsLoadDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-products-load': CenProductsLoadEvent;
  }
}
