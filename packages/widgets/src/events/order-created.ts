/** Detail of `cen-order-created`: the order the server created. */
export interface CenOrderCreatedDetail {
  orderId: string;
  /** Human-readable order number, e.g. `CEN-20261123-4F7K2Q`. */
  number: string;
  /** Total in won as computed by the server. */
  total: number;
}
/** Fired by `<cen-checkout>` after the order was created, just before the buyer is sent to pay. */
export type CenOrderCreatedEvent = CustomEvent<CenOrderCreatedDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-order-created': CenOrderCreatedEvent;
  }
}
