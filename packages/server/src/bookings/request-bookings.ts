/**
 * Request mode (상담 후 견적): the buyer's inquiry, the partner's quote with proposed slots, and
 * the buyer's answer — accepting one slot (its capacity taken, `pending_payment`, then paid
 * through checkout) or declining.
 */
import {
  findBookableSlot,
  seoulDate,
  toSeoulIso,
  type AcceptQuoteRequest,
  type BookingQuote,
  type CreateInquiryRequest,
  type FieldError,
  type QuoteBookingRequest,
} from '@thecen/schema';
import type { Database, Queryable } from '../db/database.js';
import { ProblemError, validationProblem } from '../http/problem.js';
import { newBookingNumber, newId } from '../orders/new-id.js';
import { storeBookingReferral } from '../referrals/order-referral.js';
import type { BookableService } from './bookable-service.js';
import {
  expireBooking,
  expireLapsedHoldsOfSlot,
  recordBookingEvent,
  recordCancellation,
  takeSlot,
  transitionBooking,
  transitionNotAllowed,
} from './booking-lifecycle.js';
import { notifiedRecipients, notifyBooking } from './booking-notifications.js';
import type { BookingRow } from './booking-rows.js';
import { loadServiceAvailability } from './service-availability-store.js';
import { serviceAreaErrors, slotUnavailable, visitsBuyer } from './service-booking-rules.js';

type OnRecorded = (tx: Queryable, bookingId: string) => Promise<void>;

export interface CreateInquiryInput extends BookableService {
  channelId: string;
  request: CreateInquiryRequest;
  now: Date;
  onCreated: OnRecorded;
}

/**
 * An inquiry (`inquiry`): what the buyer needs, where (a visit service needs an area it covers
 * and an address), preferred dates (today or later), contact and consents (checked by the
 * caller). The buyer and the partner are told (`booked`). The attributable part of the buyer's
 * referral is kept on the booking (an invalid one never blocks it). Returns the id.
 */
export async function createInquiry(db: Database, input: CreateInquiryInput): Promise<string> {
  const { service, availability, request, now } = input;
  const errors: FieldError[] = serviceAreaErrors(service, request.area);
  if (visitsBuyer(service) && !request.address) {
    errors.push({ path: 'body.address', message: 'is required: this service visits the buyer at this address', code: 'address_required' });
  }
  const today = seoulDate(now);
  request.preferredTimes.forEach((p, index) => {
    if (p.date < today) errors.push({ path: `body.preferredTimes.${index}.date`, message: 'is in the past', code: 'date_in_past' });
  });
  if (errors.length > 0) throw validationProblem(errors);
  return db.transaction(async (tx) => {
    const id = newId('booking');
    await tx.query(
      `INSERT INTO bookings (id, channel_id, number, service_id, partner_id, service_title, partner_name, mode, status,
         party_size, area, address, contact, needs, preferred_times, cancellation_policy, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'request', 'inquiry', $8, $9::jsonb, $10, $11::jsonb, $12, $13::jsonb, $14::jsonb, $15, $15)`,
      [
        id, input.channelId, newBookingNumber(now), service.id, service.partnerId, service.title, service.partner.name,
        request.partySize ?? 1, request.area ? JSON.stringify(request.area) : null, request.address ?? null,
        JSON.stringify(request.contact), request.needs, JSON.stringify(request.preferredTimes),
        JSON.stringify(availability.cancellationPolicy), now,
      ],
    );
    for (const consent of request.consents) {
      await tx.query('INSERT INTO booking_consents (booking_id, type, version, accepted, accepted_at) VALUES ($1, $2, $3, $4, $5)', [
        id, consent.type, consent.version, consent.accepted, now,
      ]);
    }
    await storeBookingReferral(tx, { id, channelId: input.channelId }, request.referral, now);
    await recordBookingEvent(tx, id, 'inquiry', 'buyer', now);
    await notifyBooking(tx, id, 'booked', ['buyer', 'partner'], now);
    await input.onCreated(tx, id);
    return id;
  });
}

async function lockedBooking(tx: Queryable, bookingId: string): Promise<BookingRow> {
  const [row] = await tx.query<BookingRow>('SELECT * FROM bookings WHERE id = $1 FOR UPDATE', [bookingId]);
  if (!row) throw new ProblemError(404, 'not_found', 'No such booking.');
  return row;
}

/** Capacity already taken of each slot start (epoch ms). */
async function takenOf(tx: Queryable, serviceId: string, starts: readonly Date[]): Promise<Map<number, number>> {
  const rows = await tx.query<{ slot_start: Date; taken: number }>(
    'SELECT slot_start, taken FROM booking_slots WHERE service_id = $1 AND slot_start = ANY($2::timestamptz[])',
    [serviceId, starts],
  );
  return new Map(rows.map((r) => [r.slot_start.getTime(), r.taken]));
}

/**
 * The partner answers an inquiry (`quoted`), or replaces its quote (still `quoted`): an amount of
 * more than 0 won, proposed slots that are bookable now and have room for the party, and a
 * validity in the future. The buyer is told (again, for a new quote).
 */
export async function quoteBooking(db: Database, bookingId: string, request: QuoteBookingRequest, now: Date, onRecorded: OnRecorded): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockedBooking(tx, bookingId);
    if (row.status !== 'inquiry' && row.status !== 'quoted') throw transitionNotAllowed(row.status, 'quoted');
    const availability = await loadServiceAvailability(tx, row.service_id);
    const errors: FieldError[] = [];
    if (request.amount <= 0) errors.push({ path: 'body.amount', message: 'must be more than 0 won', code: 'amount_zero' });
    if (Date.parse(request.validUntil) <= now.getTime()) {
      errors.push({ path: 'body.validUntil', message: 'must be in the future', code: 'valid_until_past' });
    }
    const starts = request.proposedSlots.map((s) => new Date(s));
    const taken = await takenOf(tx, row.service_id, starts);
    const seen = new Set<number>();
    starts.forEach((start, index) => {
      const path = `body.proposedSlots.${index}`;
      const slot = availability ? findBookableSlot(availability, start, now) : null;
      if (seen.has(start.getTime())) errors.push({ path, message: 'is proposed twice', code: 'duplicate_slot' });
      else if (!slot) {
        errors.push({ path, message: 'is not a bookable slot of the service (closed, too soon, or beyond the horizon)', code: 'slot_not_bookable' });
      } else if (slot.capacity - (taken.get(start.getTime()) ?? 0) < row.party_size) {
        errors.push({ path, message: `has no room left for a party of ${row.party_size}`, code: 'slot_full' });
      }
      seen.add(start.getTime());
    });
    if (errors.length > 0) throw validationProblem(errors);

    const quote: BookingQuote = {
      amount: request.amount,
      message: request.message,
      proposedSlots: starts.map(toSeoulIso),
      validUntil: toSeoulIso(new Date(request.validUntil)),
      quotedAt: toSeoulIso(now),
    };
    await transitionBooking(tx, row, 'quoted', 'partner', now, { action: 'quoted' });
    await tx.query('UPDATE bookings SET quote = $2::jsonb, quote_valid_until = $3, amount = $4 WHERE id = $1', [
      row.id,
      JSON.stringify(quote),
      new Date(request.validUntil),
      request.amount,
    ]);
    await notifyBooking(tx, row.id, 'quoted', ['buyer'], now, { replace: true });
    await onRecorded(tx, row.id);
  });
}

/** True when a quoted booking's quote ran out by `now`. */
function quoteLapsed(row: BookingRow, now: Date): boolean {
  return row.status === 'quoted' && row.quote_valid_until !== null && row.quote_valid_until.getTime() <= now.getTime();
}

/** 409 `booking_expired`. */
function bookingExpired(detail: string): ProblemError {
  return new ProblemError(409, 'booking_expired', detail);
}

/**
 * The buyer accepts one proposed slot of a valid quote: the slot's capacity is taken (the same
 * conditional upsert as a hold; a full slot is a 409 `slot_unavailable`), the booking becomes
 * `pending_payment` at the quote's amount and the slot is held for the service's hold minutes
 * from now — the quote's validity decides until when it can be accepted, the hold how long the
 * buyer then has to pay. A quote that ran out is expired (409 `booking_expired`).
 */
export async function acceptQuote(db: Database, bookingId: string, request: AcceptQuoteRequest, now: Date, onRecorded: OnRecorded): Promise<void> {
  const lapsed = await db.transaction(async (tx) => {
    const row = await lockedBooking(tx, bookingId);
    if (quoteLapsed(row, now)) {
      await expireBooking(tx, row, now, 'quote expired');
      return true;
    }
    if (row.status !== 'quoted' || !row.quote) throw transitionNotAllowed(row.status, 'accepted');
    const start = new Date(request.slotStart);
    if (!row.quote.proposedSlots.some((s) => Date.parse(s) === start.getTime())) {
      throw validationProblem([{ path: 'body.slotStart', message: 'is not one of the proposed slots', code: 'slot_not_proposed' }]);
    }
    const availability = await loadServiceAvailability(tx, row.service_id);
    const slot = availability ? findBookableSlot(availability, start, now) : null;
    if (!availability || !slot) throw availability ? slotUnavailable(availability, start, now) : new ProblemError(409, 'slot_unavailable', 'The service takes no bookings now.');
    await expireLapsedHoldsOfSlot(tx, row.service_id, start, now);
    if (!(await takeSlot(tx, row.service_id, start, row.party_size, availability.capacityPerSlot))) {
      throw slotUnavailable(availability, start, now, true);
    }
    await transitionBooking(tx, row, 'pending_payment', 'buyer', now, { note: 'quote accepted', action: 'accepted' });
    await tx.query(
      `UPDATE bookings SET slot_start = $2, slot_end = $3, slot_taken = true, amount = $4, hold_expires_at = $5 WHERE id = $1`,
      [row.id, start, new Date(slot.end), row.quote.amount, new Date(now.getTime() + availability.holdMinutes * 60_000)],
    );
    await onRecorded(tx, row.id);
    return false;
  });
  if (lapsed) throw bookingExpired('The quote is no longer valid; ask the partner for a new one.');
}

/** The buyer declines the quote: `cancelled` by the buyer, nothing to refund; whoever was told of the booking hears of it. */
export async function declineQuote(db: Database, bookingId: string, reason: string, now: Date, onRecorded: OnRecorded): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockedBooking(tx, bookingId);
    if (row.status !== 'quoted') throw transitionNotAllowed(row.status, 'declined');
    await transitionBooking(tx, row, 'cancelled', 'buyer', now, { note: 'quote declined' });
    await recordCancellation(tx, row, { by: 'buyer', reason, refundAmount: 0, feeAmount: 0 }, now);
    await notifyBooking(tx, row.id, 'cancelled', await notifiedRecipients(tx, row.id), now);
    await onRecorded(tx, row.id);
  });
}
