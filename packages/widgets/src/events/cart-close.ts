/** Detail of `cen-cart-close`: how many lines the cart holds when closed. */
export interface CenCartCloseDetail {
  count: number;
}
/** Fired by `<cen-cart>` after its dialog closed (close button, Escape, or after checkout). */
export type CenCartCloseEvent = CustomEvent<CenCartCloseDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-cart-close': CenCartCloseEvent;
  }
}
