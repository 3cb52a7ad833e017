import type { Service } from '@thecen/schema/browser';

/** Detail of `cen-service-load`: the service a card fetched. */
export interface CenServiceLoadDetail {
  service: Service;
}
/** Fired by `<cen-service-card>` after it fetched and rendered its service (not when `service` is set by script). */
export type CenServiceLoadEvent = CustomEvent<CenServiceLoadDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-service-load': CenServiceLoadEvent;
  }
}
