import { IllegalBookingTransitionError, assertTransition, toSeoulIso, type BookingEvent, type BookingStatus } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import type { BookingActor, BookingRow } from './booking-rows.js';

/** Appends to a booking's history (the caller holds the booking's lock). */
export async function recordBookingEvent(
  tx: Queryable,
  bookingId: string,
  type: BookingEvent['type'],
  by: BookingActor,
  now: Date,
  note: string | null = null,
): Promise<void> {
  await tx.query(
    `INSERT INTO booking_events (booking_id, seq, type, at, by, note)
     SELECT $1, COALESCE(max(seq), 0) + 1, $2, $3, $4, $5 FROM booking_events WHERE booking_id = $1`,
    [bookingId, type, now, by, note],
  );
}

/** 409 `booking_transition_not_allowed`, saying what the booking is now. */
export function transitionNotAllowed(from: BookingStatus, action: string, detail?: string): ProblemError {
  return new ProblemError(
    409,
    'booking_transition_not_allowed',
    detail ?? `The booking is ${from.replace('_', ' ')}; it cannot be ${action} now.`,
    { extensions: { bookingStatus: from } },
  );
}

/**
 * Moves a locked booking to `to` — only along the legal transitions of `@thecen/schema`
 * (`assertTransition`; an illegal one is a 409) — and records the event. Other columns the move
 * changes are the caller's, in the same transaction.
 */
export async function transitionBooking(
  tx: Queryable,
  row: BookingRow,
  to: BookingStatus,
  by: BookingActor,
  now: Date,
  options: { note?: string | null; action?: string } = {},
): Promise<void> {
  try {
    assertTransition(row.status, to);
  } catch (error) {
    if (error instanceof IllegalBookingTransitionError) throw transitionNotAllowed(row.status, options.action ?? `moved to ${to.replace('_', ' ')}`);
    throw error;
  }
  await tx.query('UPDATE bookings SET status = $2, updated_at = $3 WHERE id = $1', [row.id, to, now]);
  await recordBookingEvent(tx, row.id, to, by, now, options.note ?? null);
  row.status = to;
}

/**
 * Takes `partySize` of a slot's capacity with one conditional upsert (`taken + partySize <=
 * capacity`): concurrent takers of the last place serialise on the slot's row and only one gets
 * it. False when the slot is full. The capacity is the service's current one.
 */
export async function takeSlot(tx: Queryable, serviceId: string, slotStart: Date, partySize: number, capacity: number): Promise<boolean> {
  if (partySize > capacity) return false;
  const rows = await tx.query(
    `INSERT INTO booking_slots (service_id, slot_start, capacity, taken) VALUES ($1, $2, $3, $4)
     ON CONFLICT (service_id, slot_start) DO UPDATE SET taken = booking_slots.taken + EXCLUDED.taken, capacity = EXCLUDED.capacity
       WHERE booking_slots.taken + EXCLUDED.taken <= EXCLUDED.capacity
     RETURNING taken`,
    [serviceId, slotStart, capacity, partySize],
  );
  return rows.length > 0;
}

/** Gives a locked booking's place in its slot back (once: `slot_taken` is cleared with it). */
export async function releaseSlot(tx: Queryable, row: BookingRow): Promise<void> {
  if (!row.slot_taken || !row.slot_start) return;
  await tx.query('UPDATE booking_slots SET taken = taken - $3 WHERE service_id = $1 AND slot_start = $2 AND taken >= $3', [
    row.service_id,
    row.slot_start,
    row.party_size,
  ]);
  await tx.query('UPDATE bookings SET slot_taken = false WHERE id = $1', [row.id]);
  row.slot_taken = false;
}

export interface CancellationRecord {
  by: BookingActor;
  reason: string;
  refundAmount: number;
  feeAmount: number;
}

/** Writes who cancelled, when, why and what was refunded (the booking must be moving to `cancelled`). */
export async function recordCancellation(tx: Queryable, row: BookingRow, record: CancellationRecord, now: Date, refundId: string | null = null): Promise<void> {
  const cancellation = { by: record.by, at: toSeoulIso(now), reason: record.reason, refundAmount: record.refundAmount, feeAmount: record.feeAmount };
  await tx.query('UPDATE bookings SET cancellation = $2::jsonb, cancellation_refund_id = $3, hold_expires_at = NULL WHERE id = $1', [
    row.id,
    JSON.stringify(cancellation),
    refundId,
  ]);
  row.cancellation = cancellation;
  row.cancellation_refund_id = refundId;
  row.hold_expires_at = null;
}

/** Ends a locked booking that ran out (hold or quote): `expired`, its slot given back. */
export async function expireBooking(tx: Queryable, row: BookingRow, now: Date, note: string): Promise<void> {
  await transitionBooking(tx, row, 'expired', 'system', now, { note });
  await releaseSlot(tx, row);
  await tx.query('UPDATE bookings SET hold_expires_at = NULL WHERE id = $1', [row.id]);
  row.hold_expires_at = null;
}

/** True when a held (or accepted, not yet ordered) booking's hold has run out by `now`. */
export function holdLapsed(row: BookingRow, now: Date): boolean {
  return (
    (row.status === 'held' || row.status === 'pending_payment') &&
    row.order_id === null &&
    row.hold_expires_at !== null &&
    row.hold_expires_at.getTime() <= now.getTime()
  );
}

/**
 * Expires the lapsed holds of one slot inside the caller's transaction, before taking it: a hold
 * the sweeper has not reached yet must not keep the place from the next buyer.
 */
export async function expireLapsedHoldsOfSlot(tx: Queryable, serviceId: string, slotStart: Date, now: Date): Promise<void> {
  const lapsed = await tx.query<BookingRow>(
    `SELECT * FROM bookings WHERE service_id = $1 AND slot_start = $2 AND slot_taken AND status IN ('held', 'pending_payment')
       AND order_id IS NULL AND hold_expires_at <= $3 ORDER BY id FOR UPDATE`,
    [serviceId, slotStart, now],
  );
  for (const row of lapsed) await expireBooking(tx, row, now, 'hold expired');
}
