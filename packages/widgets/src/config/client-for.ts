import {
  bookingsResource,
  cartResource,
  checkoutResource,
  contentCreatorsResource,
  marketCreatorsResource,
  ordersResource,
  partnersResource,
  productsResource,
  referralsResource,
  servicesResource,
  statementsResource,
} from '@thecen/sdk/core';
import { clientWith, type CenClient, type ResourceFactories } from './shared-client.js';

export type { CenClient };

const everything: ResourceFactories<keyof CenClient> = {
  products: productsResource,
  services: servicesResource,
  partners: partnersResource,
  checkout: checkoutResource,
  cart: cartResource,
  orders: ordersResource,
  bookings: bookingsResource,
  marketCreators: marketCreatorsResource,
  referrals: referralsResource,
  statements: statementsResource,
  contentCreators: contentCreatorsResource,
};

/**
 * The shared client of a widget's configuration with every resource, for the elements that load
 * lazily anyway (checkout, order status, booking, statements); the cards use `clientWith` of
 * `shared-client.ts` with the resources they name, and stay out of this module (and its imports). Throws
 * `CenConfigurationError` without api or key.
 */
export function clientFor(el: Element): CenClient {
  return clientWith(el, everything);
}
