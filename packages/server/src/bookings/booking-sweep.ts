import type { Database } from '../db/database.js';
import { deliverNotifications, type DeliveryResult } from '../notifications/deliver-notifications.js';
import type { NotificationAdapter } from '../notifications/notification-adapter.js';
import { enqueueBookingReminders, expireBookings } from './expire-bookings.js';

export interface BookingSweepResult {
  expired: number;
  reminded: number;
  delivery: DeliveryResult;
}

/**
 * One round of the booking sweeper at `now`: lapsed holds and quotes expire (slots freed),
 * day-before reminders are written to the outbox, and due notifications are delivered through
 * `adapter`. The server runs it with the order sweeper; tests call it with their own clock.
 */
export async function runBookingSweep(
  db: Database,
  options: { now?: Date; adapter: NotificationAdapter; maxAttempts?: number },
): Promise<BookingSweepResult> {
  const now = options.now ?? new Date();
  const expired = await expireBookings(db, now);
  const reminded = await enqueueBookingReminders(db, now);
  const delivery = await deliverNotifications(db, options.adapter, { now, maxAttempts: options.maxAttempts });
  return { expired, reminded, delivery };
}
