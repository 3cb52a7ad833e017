import type { Database } from '../db/database.js';
import { expireBooking, holdLapsed } from './booking-lifecycle.js';
import { notifyBooking } from './booking-notifications.js';
import { findBookingRow } from './booking-rows.js';

const BATCH = 100;
const HOUR = 3_600_000;

/**
 * Expires what ran out by `now`, each booking in its own transaction: holds not put into an
 * order in time (instant holds, accepted quotes) give their slots back; quotes past their
 * validity end. A booking in an unpaid order ends with that order (the order sweeper). Returns
 * how many expired.
 */
export async function expireBookings(db: Database, now: Date = new Date()): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await db.query<{ id: string }>(
      `SELECT id FROM bookings
        WHERE (status IN ('held', 'pending_payment') AND order_id IS NULL AND hold_expires_at <= $1)
           OR (status = 'quoted' AND quote_valid_until <= $1)
        ORDER BY id LIMIT ${BATCH}`,
      [now],
    );
    let round = 0;
    for (const { id } of due) {
      const done = await db.transaction(async (tx) => {
        const row = await findBookingRow(tx, id, { forUpdate: true });
        if (!row) return false;
        if (holdLapsed(row, now)) await expireBooking(tx, row, now, 'hold expired');
        else if (row.status === 'quoted' && row.quote_valid_until && row.quote_valid_until.getTime() <= now.getTime()) {
          await expireBooking(tx, row, now, 'quote expired');
        } else return false;
        return true;
      });
      if (done) round++;
    }
    expired += round;
    if (due.length < BATCH || round === 0) return expired;
  }
}

/**
 * The day-before reminder: confirmed bookings starting 24 to 48 hours from `now` get one (buyer
 * and partner), once — the outbox keeps one per booking and recipient. Returns how many bookings
 * were reminded now.
 */
export async function enqueueBookingReminders(db: Database, now: Date = new Date()): Promise<number> {
  const due = await db.query<{ id: string }>(
    `SELECT b.id FROM bookings b
      WHERE b.status = 'confirmed' AND b.slot_start > $1 AND b.slot_start <= $2
        AND NOT EXISTS (SELECT 1 FROM notification_outbox n WHERE n.booking_id = b.id AND n.kind = 'reminder')
      ORDER BY b.slot_start, b.id`,
    [new Date(now.getTime() + 24 * HOUR), new Date(now.getTime() + 48 * HOUR)],
  );
  for (const { id } of due) {
    await db.transaction((tx) => notifyBooking(tx, id, 'reminder', ['buyer', 'partner'], now));
  }
  return due.length;
}
