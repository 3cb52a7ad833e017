/** Detail of `cen-cart-open`: how many lines the opened cart holds. */
export interface CenCartOpenDetail {
  count: number;
}
/** Fired by `<cen-cart>` after its dialog opened. */
export type CenCartOpenEvent = CustomEvent<CenCartOpenDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-cart-open': CenCartOpenEvent;
  }
}
