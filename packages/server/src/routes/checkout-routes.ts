import { routes } from '@thecen/schema';
import type { Context, Handler } from 'hono';
import { bookingIdsOfTokens, cartBookingsOf } from '../bookings/bookings-in-orders.js';
import { loadCheckoutTerms } from '../channels/checkout-terms-store.js';
import type { CheckoutContext } from '../checkout/checkout-context.js';
import { quoteFromDatabase } from '../checkout/quote-from-database.js';
import type { AppEnv } from '../http/app-env.js';
import { cachedJson } from '../http/cached-response.js';
import { ProblemError } from '../http/problem.js';
import { readJsonBody } from '../http/read-body.js';
import { EMPTY_QUERY, parseQuery } from '../http/validate-input.js';
import { jsonAnswer, sendAnswer } from './json-answer.js';
import { outputContextOf } from './output-context-of.js';

export type CheckoutRouteName = 'getCheckoutTerms' | 'quoteCart';

/** Checkout terms are per mall and change rarely: caches may keep them briefly. */
const TERMS_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

export function noCheckoutTerms(): ProblemError {
  return new ProblemError(404, 'not_found', 'This mall has no checkout terms yet, so it does not take orders.');
}

/** `GET /v1/checkout/terms` and `POST /v1/cart/quote`. */
export function checkoutHandlers(ctx: CheckoutContext): Record<CheckoutRouteName, Handler<AppEnv>> {
  return {
    getCheckoutTerms: async (c) => {
      parseQuery(c, EMPTY_QUERY);
      const stored = await loadCheckoutTerms(ctx.db, c.get('channel').id);
      if (!stored) throw noCheckoutTerms();
      return cachedJson(c, stored.terms, TERMS_CACHE_CONTROL);
    },
    quoteCart: async (c: Context<AppEnv>) => {
      parseQuery(c, EMPTY_QUERY);
      const { data } = await readJsonBody(c, routes.quoteCart.body);
      const bookingIds = bookingIdsOfTokens(data.bookings, await ctx.signingSecret());
      const bookings = await cartBookingsOf(ctx.db, bookingIds, { channelId: c.get('channel').id, now: ctx.now() });
      const quote = await quoteFromDatabase(ctx.db, { lines: data.lines, postalCode: data.postalCode, bookings }, outputContextOf(c, ctx.publicUrl));
      return sendAnswer(c, jsonAnswer(quote));
    },
  };
}
