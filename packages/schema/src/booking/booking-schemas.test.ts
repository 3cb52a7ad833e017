import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { issuesToFieldErrors } from '../api/problem.js';
import { AvailabilityQuery, ServiceAvailability } from './availability.js';
import { BookingToken, CreateHoldRequest, CreateInquiryRequest, QuoteBookingRequest } from './booking-input.js';

/** The field paths a body schema reports for `input`, as the API writes them (`body.a.0.b`). */
function errorPaths(schema: { safeParse(input: unknown): { success: boolean; error?: { issues: unknown[] } } }, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return issuesToFieldErrors('body', result.error!.issues as Parameters<typeof issuesToFieldErrors>[1]).map((e) => e.path);
}

const validAvailability = {
  timeZone: 'Asia/Seoul',
  weeklyHours: [
    { weekday: 1, start: '09:00', end: '12:00' },
    { weekday: 1, start: '13:00', end: '18:00' },
  ],
  slotIntervalMinutes: 30,
  durationMinutes: 60,
  capacityPerSlot: 12,
  leadTimeMinutes: 120,
  horizonDays: 60,
  closedOnPublicHolidays: true,
  closedDates: ['2026-12-31'],
  holdMinutes: 10,
  cancellationPolicy: { freeUntilHours: 48, feePercent: 100 },
};

describe('ServiceAvailability', () => {
  test('parses a valid availability as it is', () => {
    assert.deepEqual(ServiceAvailability.parse(validAvailability), validAvailability);
  });

  const cases: [string, Record<string, unknown>, string[]][] = [
    ['another time zone', { timeZone: 'UTC' }, ['body.timeZone']],
    ['a weekday 7', { weeklyHours: [{ weekday: 7, start: '09:00', end: '12:00' }] }, ['body.weeklyHours.0.weekday']],
    ['an hour 25', { weeklyHours: [{ weekday: 1, start: '09:00', end: '25:00' }] }, ['body.weeklyHours.0.end']],
    ['a time without a leading zero', { weeklyHours: [{ weekday: 1, start: '9:00', end: '12:00' }] }, ['body.weeklyHours.0.start']],
    ['a range ending before it starts', { weeklyHours: [{ weekday: 1, start: '09:00', end: '12:00' }, { weekday: 2, start: '18:00', end: '09:00' }] }, ['body.weeklyHours.1.end']],
    ['an empty range', { weeklyHours: [{ weekday: 2, start: '10:00', end: '10:00' }] }, ['body.weeklyHours.0.end']],
    ['a slot interval of 2.5 minutes', { slotIntervalMinutes: 2.5 }, ['body.slotIntervalMinutes']],
    ['a duration of 0', { durationMinutes: 0 }, ['body.durationMinutes']],
    ['a capacity of 0', { capacityPerSlot: 0 }, ['body.capacityPerSlot']],
    ['a negative lead time', { leadTimeMinutes: -1 }, ['body.leadTimeMinutes']],
    ['a horizon over a year', { horizonDays: 400 }, ['body.horizonDays']],
    ['a blackout date that does not exist', { closedDates: ['2026-12-24', '2026-02-30'] }, ['body.closedDates.1']],
    ['a blackout date in another format', { closedDates: ['2026/12/24'] }, ['body.closedDates.0']],
    ['a hold of 0 minutes', { holdMinutes: 0 }, ['body.holdMinutes']],
    ['a fee over 100 %', { cancellationPolicy: { freeUntilHours: 24, feePercent: 101 } }, ['body.cancellationPolicy.feePercent']],
    ['holidays not a boolean', { closedOnPublicHolidays: 'yes' }, ['body.closedOnPublicHolidays']],
  ];
  for (const [name, change, paths] of cases) {
    test(`refuses ${name} at ${paths.join(', ')}`, () => {
      assert.deepEqual(errorPaths(ServiceAvailability, { ...validAvailability, ...change }), paths);
    });
  }

  test('a range may end at 24:00; it may not start there', () => {
    assert.deepEqual(errorPaths(ServiceAvailability, { ...validAvailability, weeklyHours: [{ weekday: 5, start: '20:00', end: '24:00' }] }), []);
    assert.deepEqual(errorPaths(ServiceAvailability, { ...validAvailability, weeklyHours: [{ weekday: 5, start: '24:00', end: '24:00' }] }), [
      'body.weeklyHours.0.end',
    ]);
  });
});

describe('AvailabilityQuery', () => {
  test('from and to are dates of the calendar, to not before from, 62 days at most', () => {
    assert.deepEqual(AvailabilityQuery.parse({ from: '2026-12-01', to: '2026-12-31' }), { from: '2026-12-01', to: '2026-12-31' });
    assert.deepEqual(errorPaths(AvailabilityQuery, { from: '2026-12-01', to: '2026-12-01' }), []);
    assert.deepEqual(errorPaths(AvailabilityQuery, { from: '2026-12-01', to: '2027-01-31' }), [], '62 days');
    assert.deepEqual(errorPaths(AvailabilityQuery, { from: '2026-12-01', to: '2027-02-01' }), ['body.to'], '63 days');
    assert.deepEqual(errorPaths(AvailabilityQuery, { from: '2026-12-02', to: '2026-12-01' }), ['body.to']);
    assert.deepEqual(errorPaths(AvailabilityQuery, { from: '2026-13-01', to: '2026-12-01' }), ['body.from']);
    assert.deepEqual(errorPaths(AvailabilityQuery, { from: '2026-12-01' }), ['body.to']);
    assert.deepEqual(errorPaths(AvailabilityQuery, { from: '2026-12-01', to: '2026-12-02', days: '3' }), ['body.days']);
  });
});

const validHold = { serviceId: 'svc_hanjicraft01', slotStart: '2026-12-01T10:00:00+09:00', partySize: 2 };

describe('CreateHoldRequest', () => {
  test('parses a valid hold, with or without an area', () => {
    assert.deepEqual(CreateHoldRequest.parse(validHold), validHold);
    const withArea = { ...validHold, area: { region: 'seoul', district: '마포구' } };
    assert.deepEqual(CreateHoldRequest.parse(withArea), withArea);
  });

  const cases: [string, Record<string, unknown>, string[]][] = [
    ['a product id', { serviceId: 'prd_wooriwheat01' }, ['body.serviceId']],
    ['a time without offset', { slotStart: '2026-12-01T10:00:00' }, ['body.slotStart']],
    ['a date only', { slotStart: '2026-12-01' }, ['body.slotStart']],
    ['a party of 0', { partySize: 0 }, ['body.partySize']],
    ['a party of 1.5', { partySize: 1.5 }, ['body.partySize']],
    ['an unknown region', { area: { region: 'mars' } }, ['body.area.region']],
  ];
  for (const [name, change, paths] of cases) {
    test(`refuses ${name} at ${paths.join(', ')}`, () => {
      assert.deepEqual(errorPaths(CreateHoldRequest, { ...validHold, ...change }), paths);
    });
  }

  test('refuses unknown members and missing ones', () => {
    assert.deepEqual(errorPaths(CreateHoldRequest, { ...validHold, price: 1000 }), ['body.price']);
    assert.deepEqual(errorPaths(CreateHoldRequest, { serviceId: 'svc_hanjicraft01' }).sort(), ['body.partySize', 'body.slotStart']);
  });
});

const validInquiry = {
  serviceId: 'svc_housingwelfare01',
  needs: '작은방 곰팡이 제거와 도배를 원합니다.',
  area: { region: 'seoul', district: '마포구' },
  address: '서울특별시 마포구 월드컵로 1, 101호',
  preferredTimes: [
    { date: '2026-12-03', timeOfDay: 'morning' },
    { date: '2026-12-05', timeOfDay: 'any' },
  ],
  contact: { name: '김하늘', phone: '010-1234-5678', email: 'sky@example.kr' },
  consents: [{ type: 'personal_info_collection', version: '2026-11-01', accepted: true }],
};

describe('CreateInquiryRequest', () => {
  test('parses a valid inquiry; the phone is stored as digits and text trimmed', () => {
    const parsed = CreateInquiryRequest.parse({ ...validInquiry, needs: `  ${validInquiry.needs}  ` });
    assert.equal(parsed.contact.phone, '01012345678');
    assert.equal(parsed.needs, validInquiry.needs);
    assert.equal(parsed.preferredTimes.length, 2);
  });

  const cases: [string, Record<string, unknown>, string[]][] = [
    ['empty needs', { needs: '   ' }, ['body.needs']],
    ['needs with a control character', { needs: '도배\u0007' }, ['body.needs']],
    ['needs over 2000 characters', { needs: '가'.repeat(2001) }, ['body.needs']],
    ['no preferred date', { preferredTimes: [] }, ['body.preferredTimes']],
    ['more than 10 preferred dates', { preferredTimes: Array.from({ length: 11 }, () => ({ date: '2026-12-03', timeOfDay: 'any' })) }, ['body.preferredTimes']],
    ['a preferred date that does not exist', { preferredTimes: [{ date: '2026-12-03', timeOfDay: 'morning' }, { date: '2026-02-30', timeOfDay: 'morning' }] }, ['body.preferredTimes.1.date']],
    ['a time of day "night"', { preferredTimes: [{ date: '2026-12-03', timeOfDay: 'night' }] }, ['body.preferredTimes.0.timeOfDay']],
    ['a phone that is not Korean', { contact: { ...validInquiry.contact, phone: '+1 555 0100' } }, ['body.contact.phone']],
    ['an e-mail without @', { contact: { ...validInquiry.contact, email: 'sky.example.kr' } }, ['body.contact.email']],
    ['an empty contact name', { contact: { ...validInquiry.contact, name: '' } }, ['body.contact.name']],
    ['an unknown consent type', { consents: [{ type: 'newsletter', version: '1', accepted: true }] }, ['body.consents.0.type']],
    ['a party of 51', { partySize: 51 }, ['body.partySize']],
    ['a district too long', { area: { region: 'seoul', district: '가'.repeat(41) } }, ['body.area.district']],
  ];
  for (const [name, change, paths] of cases) {
    test(`refuses ${name} at ${paths.join(', ')}`, () => {
      assert.deepEqual(errorPaths(CreateInquiryRequest, { ...validInquiry, ...change }), paths);
    });
  }

  test('area, address and party size are optional; contact and consents are not', () => {
    const { area: _area, address: _address, ...minimal } = validInquiry;
    assert.deepEqual(errorPaths(CreateInquiryRequest, minimal), []);
    const { contact: _contact, consents: _consents, ...bare } = minimal;
    assert.deepEqual(errorPaths(CreateInquiryRequest, bare).sort(), ['body.consents', 'body.contact']);
  });
});

describe('QuoteBookingRequest and tokens', () => {
  test('a quote needs an amount in won, at least one slot with offset and a validity', () => {
    const quote = { amount: 350000, message: '', proposedSlots: ['2026-12-03T10:00:00+09:00'], validUntil: '2026-12-02T18:00:00+09:00' };
    assert.deepEqual(errorPaths(QuoteBookingRequest, quote), []);
    assert.deepEqual(errorPaths(QuoteBookingRequest, { ...quote, amount: 1000.5, proposedSlots: [] }).sort(), ['body.amount', 'body.proposedSlots']);
    assert.deepEqual(errorPaths(QuoteBookingRequest, { ...quote, proposedSlots: ['2026-12-03T10:00:00+09:00', 'tomorrow'] }), ['body.proposedSlots.1']);
  });

  test('a booking token is bt_<payload>.<signature>', () => {
    assert.equal(BookingToken.safeParse('bt_YmtnX2FiY2RlZmdo.c2lnbmF0dXJlc2lnbmF0dXJl').success, true);
    for (const bad of ['ot_YmtnX2FiY2RlZmdo.c2lnbmF0dXJlc2lnbmF0dXJl', 'bt_short.c2lnbmF0dXJlc2lnbmF0dXJl', 'bt_YmtnX2FiY2RlZmdo', 'bt_YmtnX2FiY2RlZmdo.sig']) {
      assert.equal(BookingToken.safeParse(bad).success, false, bad);
    }
  });
});
