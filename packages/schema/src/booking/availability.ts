import * as z from 'zod/mini';
import { ServiceId } from '../primitives/fields.js';
import { named } from '../registry.js';
import { isCalendarDate, minutesOf } from './seoul-clock.js';

const time = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'must be a time HH:MM' }));
/** A calendar date `YYYY-MM-DD` that exists (not `2026-02-30`). */
export const IsoDate = named(
  'IsoDate',
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date YYYY-MM-DD', abort: true }),
    z.refine(isCalendarDate, { error: 'is not a date of the calendar' }),
  ),
);

/** Free of charge until `freeUntilHours` before the start; after that `feePercent` of the price is kept. */
export const CancellationPolicy = named(
  'CancellationPolicy',
  z.object({
    freeUntilHours: z.int().check(z.gte(0)),
    /** 0–100; 100 means no refund after the free period. */
    feePercent: z.int().check(z.gte(0), z.lte(100)),
  }),
);
export type CancellationPolicy = z.infer<typeof CancellationPolicy>;

export const OpeningHours = named(
  'OpeningHours',
  z.object({
    /** 0 = Sunday … 6 = Saturday (Seoul). */
    weekday: z.int().check(z.gte(0), z.lte(6)),
    start: time,
    end: time,
  }).check(
    z.refine((h) => !/^\d\d:\d\d$/.test(h.start) || !/^\d\d:\d\d$/.test(h.end) || minutesOf(h.end) > minutesOf(h.start), {
      error: 'must be after start (a range cannot pass midnight)',
      path: ['end'],
    }),
  ),
);
export type OpeningHours = z.infer<typeof OpeningHours>;

/** When and how much of a service can be booked. All times are Asia/Seoul. */
export const ServiceAvailability = named(
  'ServiceAvailability',
  z.object({
    timeZone: z.literal('Asia/Seoul'),
    weeklyHours: z.array(OpeningHours),
    /** Minutes between slot starts. */
    slotIntervalMinutes: z.int().check(z.gte(5), z.lte(24 * 60)),
    /** Length of one booking; a slot fits when start + duration ≤ closing time. */
    durationMinutes: z.int().check(z.gte(5), z.lte(24 * 60)),
    /** Bookings one slot takes (a class of 12, one repair team = 1). */
    capacityPerSlot: z.int().check(z.gte(1), z.lte(1000)),
    /** Earliest booking: this many minutes from now. */
    leadTimeMinutes: z.int().check(z.gte(0)),
    /** Latest booking: this many days ahead. */
    horizonDays: z.int().check(z.gte(1), z.lte(366)),
    closedOnPublicHolidays: z.boolean(),
    /** Blackout dates (YYYY-MM-DD), and extra closed days such as temporary holidays. */
    closedDates: z.array(IsoDate),
    /** How long a slot is held for the buyer before payment. */
    holdMinutes: z.int().check(z.gte(1), z.lte(120)),
    cancellationPolicy: CancellationPolicy,
  }),
);
export type ServiceAvailability = z.infer<typeof ServiceAvailability>;

export const DAY_CLOSED_REASONS = ['holiday', 'closed', 'blackout', 'past', 'beyond_horizon', 'unknown_calendar'] as const;

export const Slot = named(
  'Slot',
  z.object({
    /** ISO-8601 with +09:00. */
    start: z.string(),
    end: z.string(),
    capacity: z.int(),
    remaining: z.int(),
  }),
);
export type Slot = z.infer<typeof Slot>;

export const AvailabilityDay = named(
  'AvailabilityDay',
  z.object({
    date: IsoDate,
    /** Why the day has no slots at all; null when it is open (its slots may still be full). */
    closedReason: z.nullable(z.enum(DAY_CLOSED_REASONS)),
    holidayName: z.nullable(z.string()),
    slots: z.array(Slot),
  }),
);
export type AvailabilityDay = z.infer<typeof AvailabilityDay>;

export const Availability = named(
  'Availability',
  z.object({
    object: z.literal('availability'),
    serviceId: ServiceId,
    timeZone: z.literal('Asia/Seoul'),
    from: IsoDate,
    to: IsoDate,
    durationMinutes: z.int(),
    holdMinutes: z.int(),
    cancellationPolicy: CancellationPolicy,
    days: z.array(AvailabilityDay),
  }),
  'Bookable slots of a service per Seoul day, with remaining capacity.',
);
export type Availability = z.infer<typeof Availability>;

export const MAX_AVAILABILITY_DAYS = 62;

function availabilityRangeError(value: unknown): string | null {
  const { from, to } = value as { from?: unknown; to?: unknown };
  if (typeof from !== 'string' || typeof to !== 'string' || !isCalendarDate(from) || !isCalendarDate(to)) return null;
  if (to < from) return 'must not be before from';
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
  return days > MAX_AVAILABILITY_DAYS ? `must be at most ${MAX_AVAILABILITY_DAYS} days after from, counting both` : null;
}

/** `from`–`to`, inclusive, at most `MAX_AVAILABILITY_DAYS` days. */
export const AvailabilityQuery = named(
  'AvailabilityQuery',
  z.strictObject({
    from: IsoDate,
    to: IsoDate,
  }).check(
    z.superRefine((value, ctx) => {
      const message = availabilityRangeError(value);
      if (message) ctx.issues.push({ code: 'custom', message, path: ['to'], input: value });
    }),
  ),
);
export type AvailabilityQuery = z.infer<typeof AvailabilityQuery>;
