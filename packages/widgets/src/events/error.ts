import type { ProductListQuery } from '@thecen/schema/browser';

/** Detail of `cen-error`: what failed; exactly one of `productId`, `serviceId`, `query` says what was asked. */
export interface CenErrorDetail {
  /** A `CenError` from `@thecen/sdk` (`CenNotFoundError`, `CenConnectionError`, …) or a `CenConfigurationError`. */
  error: Error;
  productId?: string;
  serviceId?: string;
  query?: ProductListQuery;
}
/** Fired when a widget could not load what it shows; the widget shows an error state too. */
export type CenErrorEvent = CustomEvent<CenErrorDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-error': CenErrorEvent;
  }
}
