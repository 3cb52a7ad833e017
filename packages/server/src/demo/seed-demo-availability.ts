import { demoServiceAvailability, demoServices } from '@thecen/mocks/fixtures';
import type { Service, ServiceAvailability } from '@thecen/schema';
import type { Database } from '../db/database.js';
import { checkedAvailability } from '../bookings/service-availability-store.js';

/**
 * A calendar for a service the demo data gives none: weekdays 09:00–18:00 in hour slots, the
 * service's duration (rounded up to whole slots), one booking per slot — twelve for a class
 * (education at the partner) — a day's lead time for visits, two hours otherwise.
 */
export function defaultAvailabilityFor(service: Pick<Service, 'group' | 'durationMinutes' | 'deliveryModes'>): ServiceAvailability {
  const duration = Math.min(8 * 60, Math.max(60, Math.ceil((service.durationMinutes ?? 60) / 60) * 60));
  const visits = service.deliveryModes.includes('visit');
  const classroom = service.group === 'education' && !visits;
  return {
    timeZone: 'Asia/Seoul',
    weeklyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '18:00' })),
    slotIntervalMinutes: 60,
    durationMinutes: duration,
    capacityPerSlot: classroom ? 12 : 1,
    leadTimeMinutes: visits ? 24 * 60 : 120,
    horizonDays: 60,
    closedOnPublicHolidays: true,
    closedDates: [],
    holdMinutes: 10,
    cancellationPolicy: { freeUntilHours: 24, feePercent: 30 },
  };
}

/**
 * Gives every demo service in the database a booking calendar it does not have yet: the one of
 * `demoServiceAvailability` (`@thecen/mocks/fixtures`), or a default from its group and mode.
 * Safe at every start: existing calendars are kept. Returns how many were added.
 */
export async function seedDemoAvailability(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    const present = await tx.query<{ id: string }>(
      `SELECT s.id FROM services s WHERE s.id = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM service_availability a WHERE a.service_id = s.id) FOR UPDATE OF s`,
      [demoServices.map((s) => s.id)],
    );
    const byId = new Map(demoServices.map((s) => [s.id, s]));
    for (const { id } of present) {
      const availability = checkedAvailability(id, demoServiceAvailability[id] ?? defaultAvailabilityFor(byId.get(id)!));
      await tx.query(
        `INSERT INTO service_availability (service_id, availability) VALUES ($1, $2::jsonb) ON CONFLICT (service_id) DO NOTHING`,
        [id, JSON.stringify(availability)],
      );
    }
    return present.length;
  });
}
