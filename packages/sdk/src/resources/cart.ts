import { paths, type CartQuote, type CartQuoteRequest } from '@thecen/schema/browser';
import type { RequestOptions } from '../client-options.js';
import type { Requester } from '../http/request.js';

/** The buyer's cart, priced by the server: `client.cart`. */
export interface CartResource {
  /**
   * Prices cart lines with the server's own prices: line totals, shipping per partner (fee,
   * free-shipping threshold, Jeju / remote-island surcharge when `postalCode` is given), totals,
   * and the `problems` to show per line (`sold_out`, `price_changed`, `option_gone`, …). Lines
   * that cannot be ordered are listed but not totalled. Changes nothing on the server: sent
   * without an idempotency key and retried like a read.
   *
   * `POST /v1/cart/quote`
   * @example
   * const quote = await client.cart.quote({
   *   lines: [{ productId: 'prd_wooriwheat01', variantId: '1kg', quantity: 2, expectedUnitPrice: 6500 }],
   *   postalCode: '63309',
   * });
   * console.log(quote.total, quote.problems);
   */
  quote(body: CartQuoteRequest, options?: RequestOptions): Promise<CartQuote>;
}

export function cartResource(request: Requester): CartResource {
  return {
    quote: (body, options) =>
      request({ route: 'quoteCart', method: paths.quoteCart.method, path: paths.quoteCart.path, body, safe: true }, options),
  };
}
