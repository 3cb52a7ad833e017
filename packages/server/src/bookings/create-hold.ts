import { findBookableSlot, type CreateHoldRequest } from '@thecen/schema';
import type { Database, Queryable } from '../db/database.js';
import { ProblemError, validationProblem } from '../http/problem.js';
import { newBookingNumber, newId } from '../orders/new-id.js';
import { storeBookingReferral } from '../referrals/order-referral.js';
import type { BookableService } from './bookable-service.js';
import { expireLapsedHoldsOfSlot, recordBookingEvent, takeSlot } from './booking-lifecycle.js';
import { instantBookingAmount, serviceAreaErrors, slotUnavailable } from './service-booking-rules.js';

export interface CreateHoldInput extends BookableService {
  channelId: string;
  request: CreateHoldRequest;
  now: Date;
  /** Called inside the transaction with the new booking's id (idempotency bookkeeping). */
  onCreated: (tx: Queryable, bookingId: string) => Promise<void>;
}

/**
 * Instant mode: holds a slot for the buyer for the service's hold minutes (`held`). The slot
 * must be one the service offers now (hours, public holidays, closed dates, lead time, horizon:
 * `findBookableSlot`), else a 409 `slot_unavailable` saying why; its capacity is taken with one
 * conditional upsert in the booking's transaction, so concurrent holds of the last place give
 * exactly one. The amount is the server's: fixed or "from" price × party size. The attributable
 * part of the buyer's referral is kept on the booking (an invalid one never blocks it). Returns the id.
 */
export async function createHold(db: Database, input: CreateHoldInput): Promise<string> {
  const { service, availability, request, now } = input;
  const areaErrors = serviceAreaErrors(service, request.area);
  if (areaErrors.length > 0) throw validationProblem(areaErrors);
  const start = new Date(request.slotStart);
  const slot = findBookableSlot(availability, start, now);
  if (!slot) throw slotUnavailable(availability, start, now);
  if (request.partySize > availability.capacityPerSlot) {
    throw new ProblemError(
      409,
      'slot_unavailable',
      `A party of ${request.partySize} is more than one slot takes (${availability.capacityPerSlot}).`,
    );
  }
  const amount = instantBookingAmount(service, request.partySize)!;
  return db.transaction(async (tx) => {
    await expireLapsedHoldsOfSlot(tx, service.id, start, now);
    if (!(await takeSlot(tx, service.id, start, request.partySize, availability.capacityPerSlot))) {
      throw slotUnavailable(availability, start, now, true);
    }
    const id = newId('booking');
    await tx.query(
      `INSERT INTO bookings (id, channel_id, number, service_id, partner_id, service_title, partner_name, mode, status,
         slot_start, slot_end, slot_taken, party_size, area, contact, amount, hold_expires_at, cancellation_policy, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'instant', 'held', $8, $9, true, $10, $11::jsonb, $12::jsonb, $13, $14, $15::jsonb, $16, $16)`,
      [
        id, input.channelId, newBookingNumber(now), service.id, service.partnerId, service.title, service.partner.name,
        start, new Date(slot.end), request.partySize, request.area ? JSON.stringify(request.area) : null,
        // The buyer's details come with the order that pays the hold.
        JSON.stringify({ name: '', phone: '', email: '' }), amount,
        new Date(now.getTime() + availability.holdMinutes * 60_000), JSON.stringify(availability.cancellationPolicy), now,
      ],
    );
    await storeBookingReferral(tx, { id, channelId: input.channelId }, request.referral, now);
    await recordBookingEvent(tx, id, 'held', 'buyer', now);
    await input.onCreated(tx, id);
    return id;
  });
}
