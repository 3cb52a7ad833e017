import type { Order } from '@thecen/schema/browser';

/** Detail of `cen-order-load`: the order fetched. */
export interface CenOrderLoadDetail {
  order: Order;
}
/** Fired by `<cen-order-status>` after it fetched and rendered the order (also after a refresh). */
export type CenOrderLoadEvent = CustomEvent<CenOrderLoadDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-order-load': CenOrderLoadEvent;
  }
}
