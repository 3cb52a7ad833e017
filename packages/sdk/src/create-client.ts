import type { ClientOptions } from './client-options.js';
import { createCoreRequester } from './core-requester.js';
import type { Requester } from './http/request.js';
import { bookingsResource, type BookingsResource } from './resources/bookings.js';
import { cartResource, type CartResource } from './resources/cart.js';
import { checkoutResource, type CheckoutResource } from './resources/checkout.js';
import { ordersResource, type OrdersResource } from './resources/orders.js';
import { partnersResource, type PartnersResource } from './resources/partners.js';
import { productsResource, type ProductsResource } from './resources/products.js';
import { servicesResource, type ServicesResource } from './resources/services.js';
import { marketCreatorsResource, type MarketCreatorsResource } from './resources/market-creators.js';
import { referralsResource, type ReferralsResource } from './resources/referrals.js';
import { statementsResource, type StatementsResource } from './resources/statements.js';
import { contentCreatorsResource, type ContentCreatorsResource } from './resources/content-creators.js';

/** The API client: one namespace per resource. */
export interface CenClient {
  products: ProductsResource;
  services: ServicesResource;
  partners: PartnersResource;
  checkout: CheckoutResource;
  cart: CartResource;
  orders: OrdersResource;
  bookings: BookingsResource;
  marketCreators: MarketCreatorsResource;
  referrals: ReferralsResource;
  statements: StatementsResource;
  contentCreators: ContentCreatorsResource;
}

/** Builds one resource of the client over a requester (`productsResource`, `ordersResource`, …). */
export type ResourceFactory<K extends keyof CenClient> = (request: Requester) => CenClient[K];

/**
 * Creates a client that passes response bodies through unchecked (no zod, small enough for
 * widgets). `createClient` from `@thecen/sdk` is the same client validating every response.
 *
 * @example
 * import { createCoreClient } from '@thecen/sdk/core';
 * const cen = createCoreClient({ baseUrl: 'http://localhost:8787', publishableKey: 'pk_test_TheCenDemoCoopSite01' });
 * const product = await cen.products.retrieve('prd_wooriwheat01');
 */
export function createCoreClient(options: ClientOptions): CenClient {
  const request = createCoreRequester(options);
  return {
    products: productsResource(request),
    services: servicesResource(request),
    partners: partnersResource(request),
    checkout: checkoutResource(request),
    cart: cartResource(request),
    orders: ordersResource(request),
    bookings: bookingsResource(request),
    marketCreators: marketCreatorsResource(request),
    referrals: referralsResource(request),
    statements: statementsResource(request),
    contentCreators: contentCreatorsResource(request),
  };
}
