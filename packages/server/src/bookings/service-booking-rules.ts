import { generateSlots, seoulDate, toSeoulIso, type AvailabilityDay, type ServiceAvailability } from '@thecen/schema';
import { ProblemError } from '../http/problem.js';

/** The area rules and the instant price are shared with the mocks and widgets: see `service-area-rules.ts` in @thecen/schema. */
export { areaCovered, instantBookingAmount, serviceAreaErrors, visitsBuyer } from '@thecen/schema';

const CLOSED_REASONS: Record<NonNullable<AvailabilityDay['closedReason']>, string> = {
  holiday: 'a public holiday',
  closed: 'a day the service is closed',
  blackout: 'a closed date of the service',
  past: 'in the past',
  beyond_horizon: 'beyond how far ahead the service can be booked',
  unknown_calendar: 'beyond the public-holiday calendar the server knows',
};

/** 409 `slot_unavailable`, saying why the slot cannot be booked now. */
export function slotUnavailable(availability: ServiceAvailability, start: Date, now: Date, full = false): ProblemError {
  const when = toSeoulIso(start);
  if (full) return new ProblemError(409, 'slot_unavailable', `The slot ${when} is full; choose another one.`);
  const date = seoulDate(start);
  const [day] = generateSlots({ availability, from: date, to: date, now });
  let detail: string;
  if (day?.closedReason) {
    detail = `${date} is ${CLOSED_REASONS[day.closedReason]}${day.holidayName ? ` (${day.holidayName})` : ''}; choose another day.`;
  } else {
    // The same day seen from just before the lead time: is it a slot start at all?
    const before = new Date(start.getTime() - (availability.leadTimeMinutes + 1) * 60_000);
    const [open] = generateSlots({ availability, from: date, to: date, now: before });
    const isSlot = open?.slots.some((s) => Date.parse(s.start) === start.getTime());
    detail = isSlot
      ? `${when} is too soon: the service takes bookings from ${availability.leadTimeMinutes} minutes ahead.`
      : `${when} is not one of the service's slot starts on ${date}; see GET /v1/services/{id}/availability.`;
  }
  return new ProblemError(409, 'slot_unavailable', `The slot cannot be booked: ${detail}`);
}
