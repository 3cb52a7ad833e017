import * as z from 'zod/mini';
import { BookingId, IsoDateTime, Krw, OrderId, PartnerId, ServiceId, plainText } from '../primitives/fields.js';
import { ServiceArea } from '../entities/service.js';
import { named } from '../registry.js';
import { CancellationPolicy } from './availability.js';

/** inquiry → quoted → pending_payment → confirmed → completed, and the ways out. */
export const BOOKING_STATUSES = [
  'inquiry', // request mode: the buyer asked; the partner has not quoted yet
  'quoted', // request mode: the partner answered with a price and proposed slots
  'held', // instant mode: a slot is held for the buyer for a few minutes
  'pending_payment', // a slot is chosen (held, or accepted from a quote) and the order awaits payment
  'confirmed', // paid
  'completed', // the service took place
  'cancelled', // by the buyer (policy applied) or the partner (full refund), or declined
  'no_show',
  'expired', // the hold or the quote ran out
] as const;
export const BookingStatus = named('BookingStatus', z.enum(BOOKING_STATUSES));
export type BookingStatus = z.infer<typeof BookingStatus>;

export const BOOKING_MODES_OF_BOOKING = ['instant', 'request'] as const;

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'any'] as const;

export const BookingQuote = named(
  'BookingQuote',
  z.object({
    amount: Krw,
    message: z.string(),
    /** Slot starts (ISO +09:00) the buyer may choose from. */
    proposedSlots: z.array(z.string()),
    validUntil: IsoDateTime,
    quotedAt: IsoDateTime,
  }),
);
export type BookingQuote = z.infer<typeof BookingQuote>;

export const BookingEvent = named(
  'BookingEvent',
  z.object({
    /** A status reached, or `started` (the service began: withdrawal no longer possible). */
    type: z.union([BookingStatus, z.literal('started')]),
    at: IsoDateTime,
    by: z.enum(['buyer', 'partner', 'system']),
    note: z.nullable(z.string()),
  }),
);
export type BookingEvent = z.infer<typeof BookingEvent>;

export const Booking = named(
  'Booking',
  z.object({
    id: BookingId,
    object: z.literal('booking'),
    number: z.string(),
    mode: z.enum(BOOKING_MODES_OF_BOOKING),
    status: BookingStatus,
    serviceId: ServiceId,
    serviceTitle: z.string(),
    partnerId: PartnerId,
    partnerName: z.string(),
    slotStart: z.nullable(z.string()),
    slotEnd: z.nullable(z.string()),
    partySize: z.int(),
    area: z.nullable(ServiceArea),
    /** Where a visit takes place (road address + detail), when the service visits. */
    address: z.nullable(z.string()),
    contact: z.object({ name: z.string(), phone: z.string(), email: z.string() }),
    needs: z.string(),
    preferredTimes: z.array(z.object({ date: z.string(), timeOfDay: z.enum(TIMES_OF_DAY) })),
    quote: z.nullable(BookingQuote),
    /** The price to pay, in won, once known (fixed price × party size, or the accepted quote). */
    amount: z.nullable(Krw),
    holdExpiresAt: z.nullable(IsoDateTime),
    cancellationPolicy: CancellationPolicy,
    orderId: z.nullable(OrderId),
    cancellation: z.nullable(
      z.object({
        by: z.enum(['buyer', 'partner', 'system']),
        at: IsoDateTime,
        reason: z.string(),
        refundAmount: Krw,
        feeAmount: Krw,
      }),
    ),
    events: z.array(BookingEvent),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  }),
  'A service booking: instant (slot held, then paid) or on request (inquiry, quote, acceptance, payment).',
);
export type Booking = z.infer<typeof Booking>;

export const BookingWithToken = named(
  'BookingWithToken',
  z.object({
    object: z.literal('booking_with_token'),
    booking: Booking,
    /** Signed token with which the buyer reads and manages the booking (`bt_…`). */
    bookingToken: z.string(),
  }),
);
export type BookingWithToken = z.infer<typeof BookingWithToken>;

export const BOOKING_CANCEL_REASON_MAX = 500;
export const BookingNote = plainText(BOOKING_CANCEL_REASON_MAX);
