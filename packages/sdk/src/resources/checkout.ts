import { paths, type CheckoutTerms } from '@thecen/schema/browser';
import type { RequestOptions } from '../client-options.js';
import type { Requester } from '../http/request.js';

/** What checkout must show and record, per mall: `client.checkout`. */
export interface CheckoutResource {
  /**
   * Gets the mall's checkout terms: the platform's identity, the broker notice (통신판매중개자),
   * withdrawal rights (청약철회) with their exceptions, and the consent texts with their versions
   * (send `type` and `version` of each consent back in `orders.create`).
   *
   * `GET /v1/checkout/terms`
   * @example
   * const terms = await client.checkout.terms();
   * const required = terms.consents.filter((consent) => consent.required);
   */
  terms(options?: RequestOptions): Promise<CheckoutTerms>;
}

export function checkoutResource(request: Requester): CheckoutResource {
  return {
    terms: (options) => request({ route: 'getCheckoutTerms', path: paths.getCheckoutTerms.path }, options),
  };
}
