/**
 * Bookings paid through checkout: priced for a cart quote, attached to an order as lines of
 * their partner's sub-order, confirmed by the payment, and ended with an order that closes
 * unpaid. While a booking belongs to an unpaid order its hold is the order's hold (the same
 * instant, extended together when a virtual account is issued), so the slot is held exactly as
 * long as the order can still be paid.
 */
import { toSeoulIso, type CartBookingInput, type FieldError, type PricedBooking, type ServiceArea } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { validationProblem } from '../http/problem.js';
import { expireBooking, recordCancellation, releaseSlot, transitionBooking } from './booking-lifecycle.js';
import { notifiedRecipients, notifyBooking } from './booking-notifications.js';
import type { BookingRow } from './booking-rows.js';
import { verifyBookingToken } from './booking-token.js';

/** A booking of a cart, priced, with what placing the order needs to know about it. */
export interface CartBooking extends PricedBooking {
  /** The service visits the buyer: the order needs an address unless the booking has one. */
  visits: boolean;
  address: string | null;
  holdExpiresAtDate: Date | null;
  status: BookingRow['status'];
  area: ServiceArea | null;
}

/** The booking ids of a cart's tokens; a 400 at `body.bookings.<i>.bookingToken` for a forged or repeated one. */
export function bookingIdsOfTokens(bookings: readonly CartBookingInput[] | undefined, secret: string): string[] {
  const errors: FieldError[] = [];
  const ids: string[] = [];
  (bookings ?? []).forEach(({ bookingToken }, index) => {
    const id = verifyBookingToken(bookingToken, secret);
    const path = `body.bookings.${index}.bookingToken`;
    if (!id) errors.push({ path, message: 'is not a booking of this mall', code: 'unknown_booking' });
    else if (ids.includes(id)) errors.push({ path, message: 'is listed twice', code: 'duplicate_booking' });
    ids.push(id ?? '');
  });
  if (errors.length > 0) throw validationProblem(errors);
  return ids;
}

interface CartBookingRow extends BookingRow {
  delivery_modes: string[];
  on_sale: boolean;
}

/**
 * The cart's bookings as the database has them now, in the cart's order, each priced (its
 * amount: fixed price × party size, or the accepted quote) with the problem that keeps it from
 * being paid: `booking_expired` (its hold ran out) or `booking_unavailable` (not held or accepted,
 * already in an order, cancelled, or its service is no longer on sale). With `lock`, the rows are
 * locked for the order's transaction.
 */
export async function cartBookingsOf(
  db: Queryable,
  bookingIds: readonly string[],
  options: { channelId: string; now: Date; lock?: boolean },
): Promise<CartBooking[]> {
  if (bookingIds.length === 0) return [];
  const rows = await db.query<CartBookingRow>(
    `SELECT b.*, s.delivery_modes, (s.status = 'active' AND pa.status = 'active') AS on_sale
       FROM bookings b JOIN services s ON s.id = b.service_id JOIN partners pa ON pa.id = b.partner_id
      WHERE b.id = ANY($1::text[]) AND b.channel_id = $2 ORDER BY b.id${options.lock ? ' FOR UPDATE OF b' : ''}`,
    [bookingIds, options.channelId],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing = bookingIds.flatMap((id, index) =>
    byId.has(id) ? [] : [{ path: `body.bookings.${index}.bookingToken`, message: 'is not a booking of this mall', code: 'unknown_booking' }],
  );
  if (missing.length > 0) throw validationProblem(missing);
  const now = options.now.getTime();
  return bookingIds.map((id) => {
    const row = byId.get(id)!;
    const payable = (row.status === 'held' || row.status === 'pending_payment') && row.order_id === null;
    const lapsed = payable && row.hold_expires_at !== null && row.hold_expires_at.getTime() <= now;
    const problem =
      row.status === 'expired' || lapsed ? 'booking_expired' : !payable || !row.on_sale || row.amount === null ? 'booking_unavailable' : null;
    return {
      bookingId: row.id,
      serviceId: row.service_id,
      title: row.service_title,
      partnerId: row.partner_id,
      partnerName: row.partner_name,
      slotStart: row.slot_start ? toSeoulIso(row.slot_start) : null,
      slotEnd: row.slot_end ? toSeoulIso(row.slot_end) : null,
      partySize: row.party_size,
      amount: row.amount ?? 0,
      holdExpiresAt: row.hold_expires_at ? toSeoulIso(row.hold_expires_at) : null,
      problem,
      visits: row.delivery_modes.includes('visit'),
      address: row.address,
      holdExpiresAtDate: row.hold_expires_at,
      status: row.status,
      area: row.area,
    };
  });
}

/**
 * Puts a locked, payable booking into a new order (inside the order's transaction): its order,
 * `pending_payment` (from `held`; an accepted quote already is), the order's hold, the buyer as
 * its contact and, for a visit, the order's address when it had none.
 */
export async function attachBookingToOrder(
  tx: Queryable,
  booking: CartBooking,
  order: { id: string; expiresAt: Date; buyer: { name: string; phone: string; email: string }; address: string | null },
  now: Date,
): Promise<void> {
  const [row] = await tx.query<BookingRow>('SELECT * FROM bookings WHERE id = $1', [booking.bookingId]);
  if (row!.status === 'held') await transitionBooking(tx, row!, 'pending_payment', 'buyer', now, { note: 'added to an order' });
  await tx.query(
    `UPDATE bookings SET order_id = $2, hold_expires_at = $3, updated_at = $4,
       contact = CASE WHEN mode = 'instant' THEN $5::jsonb ELSE contact END,
       address = COALESCE(address, $6)
     WHERE id = $1`,
    [booking.bookingId, order.id, order.expiresAt, now, JSON.stringify(order.buyer), booking.visits ? order.address : null],
  );
}

/** Keeps the holds of an unpaid order's bookings equal to the order's own (after it was extended). */
export async function syncBookingHolds(tx: Queryable, orderId: string): Promise<void> {
  await tx.query(
    `UPDATE bookings b SET hold_expires_at = o.expires_at FROM orders o
      WHERE o.id = $1 AND b.order_id = o.id AND b.status = 'pending_payment' AND o.expires_at IS NOT NULL`,
    [orderId],
  );
}

/**
 * The order was paid (inside the payment's transaction, the order locked): its bookings are
 * `confirmed`, their holds end, and buyer and partner are told.
 */
export async function confirmBookingsOfOrder(tx: Queryable, orderId: string, now: Date): Promise<void> {
  const rows = await tx.query<BookingRow>(
    `SELECT * FROM bookings WHERE order_id = $1 AND status = 'pending_payment' ORDER BY id FOR UPDATE`,
    [orderId],
  );
  for (const row of rows) {
    await transitionBooking(tx, row, 'confirmed', 'system', now, { note: 'paid' });
    await tx.query('UPDATE bookings SET hold_expires_at = NULL WHERE id = $1', [row.id]);
    await notifyBooking(tx, row.id, 'confirmed', ['buyer', 'partner'], now);
  }
}

/**
 * An unpaid order closed (inside its transaction): its bookings end with it — `expired` when it
 * ran out, `cancelled` when it was cancelled — and give their slots back.
 */
export async function endBookingsOfOrder(tx: Queryable, orderId: string, to: 'canceled' | 'expired', now: Date, reason: string): Promise<void> {
  const rows = await tx.query<BookingRow>(
    `SELECT * FROM bookings WHERE order_id = $1 AND status = 'pending_payment' ORDER BY id FOR UPDATE`,
    [orderId],
  );
  for (const row of rows) {
    if (to === 'expired') {
      await expireBooking(tx, row, now, 'the order was not paid in time');
      continue;
    }
    await transitionBooking(tx, row, 'cancelled', 'system', now, { note: reason });
    await releaseSlot(tx, row);
    await recordCancellation(tx, row, { by: 'system', reason, refundAmount: 0, feeAmount: 0 }, now);
    await notifyBooking(tx, row.id, 'cancelled', await notifiedRecipients(tx, row.id), now);
  }
}

/**
 * A refund through the refund API took the whole line of a confirmed booking (inside the refund's
 * transaction): the booking is cancelled by the partner with that refund, and its slot freed.
 */
export async function cancelRefundedBookings(tx: Queryable, lineIds: readonly string[], now: Date): Promise<void> {
  if (lineIds.length === 0) return;
  const rows = await tx.query<BookingRow & { refunded: number }>(
    `SELECT b.*, (SELECT COALESCE(sum(rl.amount), 0) FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
              WHERE rl.line_id = l.id AND r.status <> 'failed')::bigint AS refunded
       FROM order_lines l JOIN bookings b ON b.id = l.booking_id
      WHERE l.id = ANY($1::text[]) AND l.refunded_quantity = l.quantity AND b.status = 'confirmed'
      ORDER BY b.id FOR UPDATE OF b`,
    [lineIds],
  );
  for (const row of rows) {
    const { refunded, ...booking } = row;
    await transitionBooking(tx, booking, 'cancelled', 'partner', now, { note: 'refunded' });
    await releaseSlot(tx, booking);
    await recordCancellation(tx, booking, { by: 'partner', reason: 'refunded', refundAmount: refunded, feeAmount: 0 }, now);
    await notifyBooking(tx, booking.id, 'cancelled', await notifiedRecipients(tx, booking.id), now);
  }
}
