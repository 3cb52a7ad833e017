/**
 * Services and calendars for the booking tests, on top of the checkout test data: a class of 12
 * (instant, at the partner), a one-person visit (instant, capacity 1, areas), a home repair on
 * quote (request, visit) and an online consultation (request), plus a service with no calendar.
 * The test clock starts on Monday 2026-11-23 at 10:00 in Seoul.
 */
import type { Service, ServiceAvailability } from '@thecen/schema';
import { insertCatalog, type CatalogData } from '../catalog/insert-catalog.js';
import { saveServiceAvailability } from '../bookings/service-availability-store.js';
import type { Database } from '../db/database.js';
import { alpha, beta, delta } from './catalog-fixtures.js';
import { prepareCheckoutDatabase } from './checkout-harness.js';

type Owner = typeof alpha;

function service(id: string, owner: Owner, over: Partial<Service>): Service {
  return {
    id,
    object: 'service',
    partnerId: owner.id,
    partner: { id: owner.id, name: owner.name, organisationType: owner.organisationType, logo: owner.logo },
    title: `예약 ${id.slice(4)}`,
    summary: '',
    descriptionHtml: '',
    group: 'care',
    pricing: { mode: 'fixed', price: 10000 },
    durationMinutes: 60,
    deliveryModes: ['at_partner'],
    areas: [{ region: 'seoul', district: '마포구' }],
    bookingMode: 'instant',
    images: [],
    tags: [],
    status: 'active',
    url: `/services/${id}`,
    createdAt: '2025-07-01T00:00:00.000Z',
    updatedAt: '2025-07-01T00:00:00.000Z',
    ...over,
  };
}

const weekdays = (days: number[], start: string, end: string) => days.map((weekday) => ({ weekday, start, end }));

/** A class of 12 at alpha: 15,000원 a person, weekdays 09–18 in hour slots, 1 h lead, closed 2026-12-01. */
export const classService = service('svc_bkclass01', alpha, {
  title: '주말 목공 교실',
  group: 'education',
  pricing: { mode: 'fixed', price: 15000 },
});
export const classCalendar: ServiceAvailability = {
  timeZone: 'Asia/Seoul',
  weeklyHours: weekdays([1, 2, 3, 4, 5], '09:00', '18:00'),
  slotIntervalMinutes: 60,
  durationMinutes: 60,
  capacityPerSlot: 12,
  leadTimeMinutes: 60,
  horizonDays: 60,
  closedOnPublicHolidays: true,
  closedDates: ['2026-12-01'],
  holdMinutes: 10,
  cancellationPolicy: { freeUntilHours: 24, feePercent: 50 },
};

/** One masseur visiting Mapo or Seodaemun (delta): 60,000원, Mon–Sat 10–20, 3 h lead, 120 days ahead. */
export const visitService = service('svc_bkmassage1', delta, {
  title: '찾아가는 안마',
  group: 'care',
  pricing: { mode: 'fixed', price: 60000 },
  deliveryModes: ['visit'],
  areas: [
    { region: 'seoul', district: '마포구' },
    { region: 'seoul', district: '서대문구' },
  ],
});
export const visitCalendar: ServiceAvailability = {
  ...classCalendar,
  weeklyHours: weekdays([1, 2, 3, 4, 5, 6], '10:00', '20:00'),
  capacityPerSlot: 1,
  leadTimeMinutes: 180,
  horizonDays: 120,
  closedDates: [],
  cancellationPolicy: { freeUntilHours: 24, feePercent: 30 },
};

/** Home repair on quote (beta): visits Mapo, two-hour slots on weekdays, a day's lead. */
export const repairService = service('svc_bkrepair01', beta, {
  title: '집수리 (견적)',
  group: 'living',
  pricing: { mode: 'quote' },
  durationMinutes: null,
  deliveryModes: ['visit'],
  bookingMode: 'request',
});
export const repairCalendar: ServiceAvailability = {
  ...classCalendar,
  durationMinutes: 120,
  capacityPerSlot: 1,
  leadTimeMinutes: 24 * 60,
  horizonDays: 90,
  closedDates: [],
  cancellationPolicy: { freeUntilHours: 48, feePercent: 20 },
};

/** Online business consultation on request (alpha), from 100,000원. */
export const consultService = service('svc_bkconsult1', alpha, {
  title: '경영 상담',
  group: 'business_support',
  pricing: { mode: 'starting_from', price: 100000 },
  deliveryModes: ['online'],
  areas: [{ region: 'online' }],
  bookingMode: 'request',
});
export const consultCalendar: ServiceAvailability = { ...classCalendar, capacityPerSlot: 2, closedDates: [] };

/** Instant, but no calendar: cannot be booked. */
export const noCalendarService = service('svc_bknocal01', alpha, { title: '달력 없음' });

export const bookingCatalog: CatalogData = {
  partners: [],
  products: [],
  services: [classService, visitService, repairService, consultService, noCalendarService],
};

/** The checkout test database plus the booking services and their calendars. */
export async function prepareBookingDatabase(db: Database): Promise<void> {
  await prepareCheckoutDatabase(db);
  await db.transaction(async (tx) => {
    await insertCatalog(tx, bookingCatalog);
    await saveServiceAvailability(tx, classService.id, classCalendar);
    await saveServiceAvailability(tx, visitService.id, visitCalendar);
    await saveServiceAvailability(tx, repairService.id, repairCalendar);
    await saveServiceAvailability(tx, consultService.id, consultCalendar);
  });
}
