import { addDays, generateSlots, seoulInstant, type Availability, type AvailabilityQuery, type ServiceAvailability } from '@thecen/schema';
import type { Queryable } from '../db/database.js';

/**
 * Capacity taken per slot start (epoch ms) between two Seoul dates, as bookings hold it now: the
 * slot rows, minus lapsed holds the sweeper has not reached (the next hold of that slot frees
 * them anyway).
 */
async function takenBetween(db: Queryable, serviceId: string, from: string, to: string, now: Date): Promise<Map<number, number>> {
  const start = seoulInstant(from, '00:00');
  const end = seoulInstant(addDays(to, 1), '00:00');
  const slots = await db.query<{ slot_start: Date; taken: number }>(
    'SELECT slot_start, taken FROM booking_slots WHERE service_id = $1 AND slot_start >= $2 AND slot_start < $3 AND taken > 0',
    [serviceId, start, end],
  );
  const lapsed = await db.query<{ slot_start: Date; taken: number }>(
    `SELECT slot_start, sum(party_size)::int AS taken FROM bookings
      WHERE service_id = $1 AND slot_start >= $2 AND slot_start < $3 AND slot_taken AND status IN ('held', 'pending_payment')
        AND order_id IS NULL AND hold_expires_at <= $4
      GROUP BY slot_start`,
    [serviceId, start, end, now],
  );
  const taken = new Map(slots.map((s) => [s.slot_start.getTime(), s.taken]));
  for (const l of lapsed) taken.set(l.slot_start.getTime(), Math.max(0, (taken.get(l.slot_start.getTime()) ?? 0) - l.taken));
  return taken;
}

/** Bookable slots of a service per Seoul day between `from` and `to`, with the capacity each has left. */
export async function availabilityOf(
  db: Queryable,
  serviceId: string,
  availability: ServiceAvailability,
  query: AvailabilityQuery,
  now: Date,
): Promise<Availability> {
  const taken = await takenBetween(db, serviceId, query.from, query.to, now);
  return {
    object: 'availability',
    serviceId,
    timeZone: 'Asia/Seoul',
    from: query.from,
    to: query.to,
    durationMinutes: availability.durationMinutes,
    holdMinutes: availability.holdMinutes,
    cancellationPolicy: availability.cancellationPolicy,
    days: generateSlots({ availability, from: query.from, to: query.to, now, taken }),
  };
}
