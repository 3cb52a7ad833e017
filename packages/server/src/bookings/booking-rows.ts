import { toSeoulIso, type Booking, type BookingEvent, type BookingQuote, type BookingStatus, type CancellationPolicy, type ServiceArea } from '@thecen/schema';
import type { Queryable } from '../db/database.js';

export type BookingActor = 'buyer' | 'partner' | 'system';

export interface BookingRow {
  id: string;
  channel_id: string;
  number: string;
  service_id: string;
  partner_id: string;
  service_title: string;
  partner_name: string;
  mode: 'instant' | 'request';
  status: BookingStatus;
  slot_start: Date | null;
  slot_end: Date | null;
  slot_taken: boolean;
  party_size: number;
  area: ServiceArea | null;
  address: string | null;
  contact: Booking['contact'];
  needs: string;
  preferred_times: Booking['preferredTimes'];
  quote: BookingQuote | null;
  quote_valid_until: Date | null;
  amount: number | null;
  hold_expires_at: Date | null;
  cancellation_policy: CancellationPolicy;
  order_id: string | null;
  cancellation: Booking['cancellation'];
  cancellation_refund_id: string | null;
  started_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

interface EventRow {
  type: BookingEvent['type'];
  at: Date;
  by: BookingActor;
  note: string | null;
}

export async function findBookingRow(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<BookingRow | null> {
  const [row] = await db.query<BookingRow>(`SELECT * FROM bookings WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [id]);
  return row ?? null;
}

const iso = (date: Date | null): string | null => (date ? toSeoulIso(date) : null);

/** A booking as the API shows it; instants in Seoul time (`+09:00`). */
export function toBooking(row: BookingRow, events: readonly EventRow[]): Booking {
  return {
    id: row.id,
    object: 'booking',
    number: row.number,
    mode: row.mode,
    status: row.status,
    serviceId: row.service_id,
    serviceTitle: row.service_title,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    slotStart: iso(row.slot_start),
    slotEnd: iso(row.slot_end),
    partySize: row.party_size,
    area: row.area,
    address: row.address,
    contact: row.contact,
    needs: row.needs,
    preferredTimes: row.preferred_times,
    quote: row.quote,
    amount: row.amount,
    holdExpiresAt: iso(row.hold_expires_at),
    cancellationPolicy: row.cancellation_policy,
    orderId: row.order_id,
    cancellation: row.cancellation,
    events: events.map((e) => ({ type: e.type, at: toSeoulIso(e.at), by: e.by, note: e.note })),
    createdAt: toSeoulIso(row.created_at),
    updatedAt: toSeoulIso(row.updated_at),
  };
}

/** A booking with its history, as the API shows it; null when there is none. */
export async function loadBooking(db: Queryable, id: string): Promise<Booking | null> {
  const row = await findBookingRow(db, id);
  if (!row) return null;
  const events = await db.query<EventRow>('SELECT type, at, by, note FROM booking_events WHERE booking_id = $1 ORDER BY seq', [id]);
  return toBooking(row, events);
}
