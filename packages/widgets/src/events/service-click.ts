import type { Service } from '@thecen/schema/browser';

/** Detail of `cen-service-click`: the service whose link was activated. */
export interface CenServiceClickDetail {
  service: Service;
}
/** Fired before a service card navigates to `service.url`; cancelable: `preventDefault()` keeps the page. */
export type CenServiceClickEvent = CustomEvent<CenServiceClickDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-service-click': CenServiceClickEvent;
  }
}
