import type { AvailabilityDay, ServiceAvailability, Slot } from './availability.js';
import { HOLIDAY_YEARS, koreanHolidayName } from './korean-holidays.js';
import { addDays, minutesOf, seoulDate, seoulInstant, seoulWeekday, timeOf, toSeoulIso } from './seoul-clock.js';

export interface GenerateSlotsInput {
  availability: ServiceAvailability;
  /** First and last Seoul date, inclusive. */
  from: string;
  to: string;
  now: Date;
  /** Bookings already holding each slot, by slot start instant (epoch ms). */
  taken?: ReadonlyMap<number, number>;
}

/**
 * Bookable slots per Seoul day: opening hours cut into slots of the service's interval that fit
 * its duration, minus closed days (public holidays, blackout dates), the lead time and the
 * horizon, with the capacity each has left. Pure; the server and the mocks share it.
 */
export function generateSlots(input: GenerateSlotsInput): AvailabilityDay[] {
  const { availability: a, now } = input;
  const earliest = now.getTime() + a.leadTimeMinutes * 60_000;
  const lastDate = addDays(seoulDate(now), a.horizonDays);
  const closed = new Set(a.closedDates);
  const days: AvailabilityDay[] = [];
  for (let date = input.from; date <= input.to; date = addDays(date, 1)) {
    const holidayName = koreanHolidayName(date) ?? null;
    const year = Number(date.slice(0, 4));
    const day: AvailabilityDay = { date, closedReason: null, holidayName, slots: [] };
    days.push(day);
    if (date < seoulDate(now)) day.closedReason = 'past';
    else if (date > lastDate) day.closedReason = 'beyond_horizon';
    else if (closed.has(date)) day.closedReason = 'blackout';
    else if (a.closedOnPublicHolidays && !(HOLIDAY_YEARS as readonly number[]).includes(year)) day.closedReason = 'unknown_calendar';
    else if (a.closedOnPublicHolidays && holidayName) day.closedReason = 'holiday';
    if (day.closedReason) continue;

    const hours = a.weeklyHours.filter((h) => h.weekday === seoulWeekday(date));
    if (hours.length === 0) {
      day.closedReason = 'closed';
      continue;
    }
    // Overlapping ranges of one day must not offer the same start twice.
    const starts = new Set<number>();
    for (const h of hours) {
      const close = minutesOf(h.end);
      for (let m = minutesOf(h.start); m + a.durationMinutes <= close; m += a.slotIntervalMinutes) {
        const start = seoulInstant(date, timeOf(m));
        if (start.getTime() < earliest || starts.has(start.getTime())) continue;
        starts.add(start.getTime());
        const end = new Date(start.getTime() + a.durationMinutes * 60_000);
        const taken = input.taken?.get(start.getTime()) ?? 0;
        const slot: Slot = {
          start: toSeoulIso(start),
          end: toSeoulIso(end),
          capacity: a.capacityPerSlot,
          remaining: Math.max(0, a.capacityPerSlot - taken),
        };
        day.slots.push(slot);
      }
    }
    day.slots.sort((x, y) => x.start.localeCompare(y.start));
  }
  return days;
}

/** The slot of `start` when it is one of the service's bookable slots now (ignoring capacity). */
export function findBookableSlot(availability: ServiceAvailability, start: Date, now: Date): Slot | null {
  if (Number.isNaN(start.getTime())) return null;
  const date = seoulDate(start);
  const [day] = generateSlots({ availability, from: date, to: date, now });
  return day?.slots.find((s) => Date.parse(s.start) === start.getTime()) ?? null;
}
