import type { ClientOptions } from './client-options.js';
import { CenAuthenticationError } from './errors.js';
import { createRequester } from './http/request.js';
import { bookingsResource, type BookingsResource } from './resources/bookings.js';
import { cartResource, type CartResource } from './resources/cart.js';
import { checkoutResource, type CheckoutResource } from './resources/checkout.js';
import { ordersResource, type OrdersResource } from './resources/orders.js';
import { partnersResource, type PartnersResource } from './resources/partners.js';
import { productsResource, type ProductsResource } from './resources/products.js';
import { servicesResource, type ServicesResource } from './resources/services.js';
import { marketCreatorsResource, type MarketCreatorsResource } from './resources/market-creators.js';
import { referralsResource, type ReferralsResource } from './resources/referrals.js';

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
}

const KNOWN_OPTIONS = 'baseUrl publishableKey secretKey fetch locale timeoutMs maxRetries validate sleep random'.split(' ');

function checkOptions(options: ClientOptions): void {
  for (const name of Object.keys(options)) {
    if (!KNOWN_OPTIONS.includes(name)) throw new TypeError(`Unknown option ${name}`);
  }
  const { baseUrl, publishableKey, secretKey } = options;
  if (!/^https?:\/\/[^/]/.test(baseUrl)) throw new TypeError(`Invalid baseUrl ${baseUrl}`);
  for (const key of [publishableKey, secretKey]) {
    if (key !== undefined && typeof key !== 'string') throw new TypeError('Keys must be strings');
  }
  if (!publishableKey && !secretKey) throw new TypeError('publishableKey is required (or secretKey, on a server)');
  if (secretKey && !secretKey.startsWith('sk_')) throw new TypeError('secretKey must be a secret key (sk_…)');
  if ((secretKey || publishableKey?.startsWith('sk_')) && typeof document !== 'undefined') {
    throw new CenAuthenticationError(
      'Never use a secret key (sk_…) in a browser: use the publishable key (pk_…).',
    );
  }
}

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
  checkOptions(options);
  const request = createRequester(options);
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
  };
}
