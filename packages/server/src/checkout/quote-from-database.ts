import { quoteCart, type CartLineInput, type CartQuote, type PricedBooking } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import type { OutputContext } from '../catalog/output-context.js';
import { getProductsByIds } from '../catalog/product-queries.js';

/**
 * Prices a cart with the products as the database has them now (only active products of active
 * partners are on sale), through the one pricing function of `@thecen/schema`; its bookings come
 * already priced (`cartBookingsOf`).
 */
export async function quoteFromDatabase(
  db: Queryable,
  input: { lines: readonly CartLineInput[]; postalCode?: string | undefined; bookings?: readonly PricedBooking[] | undefined },
  ctx: OutputContext,
): Promise<CartQuote> {
  const ids = [...new Set(input.lines.map((l) => l.productId))];
  const products = await getProductsByIds(db, ids, ctx);
  const bookings = input.bookings?.map(
    ({ bookingId, serviceId, title, partnerId, partnerName, slotStart, slotEnd, partySize, amount, holdExpiresAt, problem }) => ({
      bookingId, serviceId, title, partnerId, partnerName, slotStart, slotEnd, partySize, amount, holdExpiresAt, problem,
    }),
  );
  return quoteCart({ lines: input.lines, postalCode: input.postalCode, products, bookings });
}
