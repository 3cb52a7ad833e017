import { toSeoulIso } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { newInternalId } from '../orders/new-id.js';
import { findBookingRow, type BookingRow } from './booking-rows.js';

export const NOTIFICATION_KINDS = ['booked', 'quoted', 'confirmed', 'cancelled', 'reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type NotificationRecipient = 'buyer' | 'partner';

/** What a notification tells, as written to the outbox: enough for an SMS or an e-mail. */
export interface NotificationPayload {
  to: { name: string; phone: string; email: string };
  bookingId: string;
  bookingNumber: string;
  status: string;
  serviceTitle: string;
  partnerName: string;
  /** ISO-8601 with +09:00; null before a slot is chosen. */
  slotStart: string | null;
  slotEnd: string | null;
  partySize: number;
  amount: number | null;
  /** `quoted`: the quote's validity and proposed slots. */
  quote?: { amount: number; validUntil: string; proposedSlots: string[] } | undefined;
  /** `cancelled`: who cancelled and the refund. */
  cancellation?: { by: string; refundAmount: number; feeAmount: number } | undefined;
}

async function recipientContact(tx: Queryable, row: BookingRow, recipient: NotificationRecipient): Promise<NotificationPayload['to']> {
  if (recipient === 'buyer') return row.contact;
  const [partner] = await tx.query<{ name: string; phone: string; email: string }>('SELECT name, phone, email FROM partners WHERE id = $1', [row.partner_id]);
  return partner ?? { name: row.partner_name, phone: '', email: '' };
}

function payloadOf(row: BookingRow, to: NotificationPayload['to'], kind: NotificationKind): NotificationPayload {
  return {
    to,
    bookingId: row.id,
    bookingNumber: row.number,
    status: row.status,
    serviceTitle: row.service_title,
    partnerName: row.partner_name,
    slotStart: row.slot_start ? toSeoulIso(row.slot_start) : null,
    slotEnd: row.slot_end ? toSeoulIso(row.slot_end) : null,
    partySize: row.party_size,
    amount: row.amount,
    ...(kind === 'quoted' && row.quote
      ? { quote: { amount: row.quote.amount, validUntil: row.quote.validUntil, proposedSlots: row.quote.proposedSlots } }
      : {}),
    ...(kind === 'cancelled' && row.cancellation
      ? { cancellation: { by: row.cancellation.by, refundAmount: row.cancellation.refundAmount, feeAmount: row.cancellation.feeAmount } }
      : {}),
  };
}

/**
 * Writes notifications of a booking to the outbox, inside the transaction of the change they
 * tell about (so they exist exactly when the change does). One per booking, kind and recipient:
 * writing one again does nothing — except with `replace` (a new quote), which replaces its
 * payload and sends it again.
 */
export async function notifyBooking(
  tx: Queryable,
  bookingId: string,
  kind: NotificationKind,
  recipients: readonly NotificationRecipient[],
  now: Date,
  options: { replace?: boolean } = {},
): Promise<void> {
  const row = await findBookingRow(tx, bookingId);
  if (!row) return;
  for (const recipient of recipients) {
    const payload = payloadOf(row, await recipientContact(tx, row, recipient), kind);
    const onConflict = options.replace
      ? `DO UPDATE SET payload = EXCLUDED.payload, version = notification_outbox.version + 1, sent_at = NULL, attempts = 0,
           last_error = NULL, failed_at = NULL, next_attempt_at = EXCLUDED.next_attempt_at`
      : 'DO NOTHING';
    await tx.query(
      `INSERT INTO notification_outbox (id, booking_id, kind, recipient, payload, created_at, next_attempt_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $6)
       ON CONFLICT (booking_id, kind, recipient) ${onConflict}`,
      [newInternalId('ntf'), bookingId, kind, recipient, JSON.stringify(payload), now],
    );
  }
}

/** Who has heard of a booking so far: a cancellation is told to them (a lapsed hold nobody knew of is not). */
export async function notifiedRecipients(tx: Queryable, bookingId: string): Promise<NotificationRecipient[]> {
  const rows = await tx.query<{ recipient: NotificationRecipient }>(
    `SELECT DISTINCT recipient FROM notification_outbox WHERE booking_id = $1 AND kind <> 'cancelled' ORDER BY recipient`,
    [bookingId],
  );
  return rows.map((r) => r.recipient);
}
