import type { NotificationKind, NotificationPayload, NotificationRecipient } from '../bookings/booking-notifications.js';
import type { Database } from '../db/database.js';
import type { NotificationAdapter } from './notification-adapter.js';

export const DEFAULT_MAX_NOTIFICATION_ATTEMPTS = 5;
const MINUTE = 60_000;

interface ClaimedRow {
  id: string;
  booking_id: string;
  kind: NotificationKind;
  recipient: NotificationRecipient;
  payload: NotificationPayload;
  version: number;
  attempts: number;
}

export interface DeliveryOptions {
  now?: Date;
  /** Tries per notification before it is given up (`failed_at`). Default 5. */
  maxAttempts?: number;
  /** Notifications claimed per call. Default 50. */
  limit?: number;
}

export interface DeliveryResult {
  sent: number;
  /** Failed this time and will be retried. */
  retrying: number;
  /** Failed for the last time. */
  givenUp: number;
}

/** Wait before the next try: 1, 2, 4 … minutes, at most an hour. */
function backoff(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * MINUTE;
}

/**
 * Delivers due notifications of the outbox once each. A row is claimed by setting `sent_at` in
 * one conditional update (`WHERE sent_at IS NULL`, `FOR UPDATE SKIP LOCKED`), so two deliverers
 * — two servers, or a restart while one is running — never both send it; a send that fails
 * clears `sent_at` again with a backoff, until `maxAttempts`. A crash between the claim and the
 * send loses that one notification rather than sending it twice (at most once). Notifications
 * claimed in one call are sent one after another.
 */
export async function deliverNotifications(db: Database, adapter: NotificationAdapter, options: DeliveryOptions = {}): Promise<DeliveryResult> {
  const now = options.now ?? new Date();
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_NOTIFICATION_ATTEMPTS;
  const claimed = await db.query<ClaimedRow>(
    `UPDATE notification_outbox SET sent_at = $1, attempts = attempts + 1
      WHERE id IN (SELECT id FROM notification_outbox
                    WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1
                    ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED)
        AND sent_at IS NULL
      RETURNING id, booking_id, kind, recipient, payload, version, attempts`,
    [now, options.limit ?? 50],
  );
  const result: DeliveryResult = { sent: 0, retrying: 0, givenUp: 0 };
  for (const row of claimed.sort((a, b) => (a.id < b.id ? -1 : 1))) {
    try {
      await adapter.send({ id: row.id, kind: row.kind, recipient: row.recipient, bookingId: row.booking_id, payload: row.payload, attempt: row.attempts });
      result.sent++;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 300);
      const last = row.attempts >= maxAttempts;
      // Only the version claimed: a notification replaced meanwhile (a new quote) is already due again.
      await db.query(
        `UPDATE notification_outbox SET sent_at = NULL, last_error = $3, next_attempt_at = $4, failed_at = $5
          WHERE id = $1 AND version = $2`,
        [row.id, row.version, message, new Date(now.getTime() + backoff(row.attempts)), last ? now : null],
      );
      if (last) result.givenUp++;
      else result.retrying++;
    }
  }
  return result;
}
