import type { ProductListQuery } from '@thecen/schema/browser';

/** What a widget was doing when it failed, for the commerce and booking elements. */
export type CenErrorOperation =
  | 'add-to-cart'
  | 'quote'
  | 'terms'
  | 'create-order'
  | 'load-order'
  | 'start-payment'
  | 'request-cancellation'
  | 'availability'
  | 'hold'
  | 'release-hold'
  | 'inquire'
  | 'load-booking'
  | 'accept-quote'
  | 'decline-quote'
  | 'cancel-booking'
  | 'load-statement';

/**
 * Detail of `cen-error`: what failed; `productId`, `serviceId`, `query` or `operation` says what
 * was asked.
 */
export interface CenErrorDetail {
  /** A `CenError` from `@thecen/sdk` (`CenNotFoundError`, `CenConnectionError`, …) or a `CenConfigurationError`. */
  error: Error;
  productId?: string;
  serviceId?: string;
  query?: ProductListQuery;
  /** The cart, checkout, order, booking and statement elements say which step failed. */
  operation?: CenErrorOperation;
}
/** Fired when a widget could not load what it shows or do what the buyer asked; the widget shows an error state too. */
export type CenErrorEvent = CustomEvent<CenErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-error': CenErrorEvent;
  }
}
