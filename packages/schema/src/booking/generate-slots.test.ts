import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ServiceAvailability } from './availability.js';
import { findBookableSlot, generateSlots } from './generate-slots.js';

/** Weekdays 09:00–12:00, hourly one-hour slots of one place, closed on holidays. */
function availability(overrides: Partial<ServiceAvailability> = {}): ServiceAvailability {
  return {
    timeZone: 'Asia/Seoul',
    weeklyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '12:00' })),
    slotIntervalMinutes: 60,
    durationMinutes: 60,
    capacityPerSlot: 1,
    leadTimeMinutes: 0,
    horizonDays: 60,
    closedOnPublicHolidays: true,
    closedDates: [],
    holdMinutes: 10,
    cancellationPolicy: { freeUntilHours: 24, feePercent: 30 },
    ...overrides,
  };
}

/** Sunday 2026-11-22 20:00 in Seoul (11:00 UTC). */
const SUNDAY_EVENING = new Date('2026-11-22T11:00:00Z');

function oneDay(date: string, a: ServiceAvailability, now = SUNDAY_EVENING, taken?: Map<number, number>) {
  const days = generateSlots({ availability: a, from: date, to: date, now, ...(taken ? { taken } : {}) });
  assert.equal(days.length, 1);
  return days[0]!;
}

const starts = (day: { slots: { start: string }[] }) => day.slots.map((s) => s.start.slice(11, 16));

describe('generateSlots: opening hours cut into slots', () => {
  test('one range, interval = duration: every slot ends by closing time', () => {
    const day = oneDay('2026-11-23', availability());
    assert.equal(day.closedReason, null);
    assert.equal(day.holidayName, null);
    assert.deepEqual(day.slots, [
      { start: '2026-11-23T09:00:00+09:00', end: '2026-11-23T10:00:00+09:00', capacity: 1, remaining: 1 },
      { start: '2026-11-23T10:00:00+09:00', end: '2026-11-23T11:00:00+09:00', capacity: 1, remaining: 1 },
      { start: '2026-11-23T11:00:00+09:00', end: '2026-11-23T12:00:00+09:00', capacity: 1, remaining: 1 },
    ]);
  });

  test('interval shorter than the duration: overlapping slots, the last one fits exactly', () => {
    const day = oneDay('2026-11-23', availability({ slotIntervalMinutes: 30, durationMinutes: 90 }));
    assert.deepEqual(starts(day), ['09:00', '09:30', '10:00', '10:30']);
    assert.equal(day.slots.at(-1)!.end, '2026-11-23T12:00:00+09:00');
  });

  test('interval longer than the duration: gaps between slots', () => {
    const day = oneDay('2026-11-23', availability({ slotIntervalMinutes: 45, durationMinutes: 30 }));
    assert.deepEqual(starts(day), ['09:00', '09:45', '10:30', '11:15']);
    assert.deepEqual(day.slots.map((s) => s.end.slice(11, 16)), ['09:30', '10:15', '11:00', '11:45']);
  });

  test('a duration longer than the opening gives no slot, and the day is open but empty', () => {
    const day = oneDay('2026-11-23', availability({ durationMinutes: 240 }));
    assert.equal(day.closedReason, null);
    assert.deepEqual(day.slots, []);
  });

  test('two ranges a day (a lunch break): no slot runs into the break, slots come sorted', () => {
    const a = availability({
      weeklyHours: [
        { weekday: 1, start: '13:00', end: '17:00' },
        { weekday: 1, start: '09:00', end: '12:00' },
      ],
      durationMinutes: 90,
      slotIntervalMinutes: 30,
    });
    assert.deepEqual(starts(oneDay('2026-11-23', a)), ['09:00', '09:30', '10:00', '10:30', '13:00', '13:30', '14:00', '14:30', '15:00', '15:30']);
  });

  test('overlapping ranges of one day do not offer a start twice', () => {
    const a = availability({
      weeklyHours: [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '11:00', end: '14:00' },
      ],
    });
    assert.deepEqual(starts(oneDay('2026-11-23', a)), ['09:00', '10:00', '11:00', '12:00', '13:00']);
  });

  test('a range until 24:00 ends its last slot at midnight of the next day', () => {
    const a = availability({ weeklyHours: [{ weekday: 1, start: '22:00', end: '24:00' }], durationMinutes: 120 });
    assert.deepEqual(oneDay('2026-11-23', a).slots, [
      { start: '2026-11-23T22:00:00+09:00', end: '2026-11-24T00:00:00+09:00', capacity: 1, remaining: 1 },
    ]);
  });

  test('a weekday without hours is closed', () => {
    const sunday = oneDay('2026-11-29', availability());
    assert.equal(sunday.closedReason, 'closed');
    assert.deepEqual(sunday.slots, []);
  });

  test('every day of the range is listed once, in order, from and to included', () => {
    const days = generateSlots({ availability: availability(), from: '2026-11-27', to: '2026-12-02', now: SUNDAY_EVENING });
    assert.deepEqual(
      days.map((d) => [d.date, d.closedReason]),
      [
        ['2026-11-27', null],
        ['2026-11-28', 'closed'],
        ['2026-11-29', 'closed'],
        ['2026-11-30', null],
        ['2026-12-01', null],
        ['2026-12-02', null],
      ],
    );
    assert.deepEqual(generateSlots({ availability: availability(), from: '2026-12-02', to: '2026-12-01', now: SUNDAY_EVENING }), []);
  });
});

describe('generateSlots: lead time, horizon, past days', () => {
  test('slots starting before now + lead time are left out; one starting exactly then stays', () => {
    const a = availability({ slotIntervalMinutes: 30, leadTimeMinutes: 90 });
    // Monday 08:30 Seoul: earliest start 10:00.
    const day = oneDay('2026-11-23', a, new Date('2026-11-22T23:30:00Z'));
    assert.deepEqual(starts(day), ['10:00', '10:30', '11:00']);
    // One millisecond later, 10:00 is too soon.
    assert.deepEqual(starts(oneDay('2026-11-23', a, new Date('2026-11-22T23:30:00.001Z'))), ['10:30', '11:00']);
  });

  test('a lead time of days reaches into later dates', () => {
    const a = availability({ leadTimeMinutes: 2 * 24 * 60 });
    // Monday 10:30 Seoul: Tuesday is too soon, Wednesday from 11:00.
    const days = generateSlots({ availability: a, from: '2026-11-24', to: '2026-11-25', now: new Date('2026-11-23T01:30:00Z') });
    assert.deepEqual(starts(days[0]!), []);
    assert.equal(days[0]!.closedReason, null);
    assert.deepEqual(starts(days[1]!), ['11:00']);
  });

  test('days before today (Seoul) are past; today keeps its later slots', () => {
    // Tuesday 2026-11-24 10:10 Seoul = 01:10 UTC.
    const days = generateSlots({ availability: availability(), from: '2026-11-23', to: '2026-11-24', now: new Date('2026-11-24T01:10:00Z') });
    assert.equal(days[0]!.closedReason, 'past');
    assert.deepEqual(days[0]!.slots, []);
    assert.deepEqual(starts(days[1]!), ['11:00']);
  });

  test('the horizon counts Seoul days from today: the last day is bookable, the next is not', () => {
    const a = availability({ horizonDays: 8 });
    const days = generateSlots({ availability: a, from: '2026-11-30', to: '2026-12-01', now: SUNDAY_EVENING });
    assert.deepEqual(days.map((d) => [d.date, d.closedReason, d.slots.length]), [
      ['2026-11-30', null, 3],
      ['2026-12-01', 'beyond_horizon', 0],
    ]);
  });

  test("today is the Seoul date: at 15:30 UTC on Sunday it is already Monday in Seoul", () => {
    // 2026-11-22T15:30Z is Monday 00:30 in Seoul: Sunday the 22nd is past.
    const days = generateSlots({ availability: availability(), from: '2026-11-22', to: '2026-11-23', now: new Date('2026-11-22T15:30:00Z') });
    assert.deepEqual(days.map((d) => d.closedReason), ['past', null]);
  });
});

describe('generateSlots: closed days', () => {
  test('blackout dates are closed, even when they are open weekdays', () => {
    const day = oneDay('2026-11-25', availability({ closedDates: ['2026-11-25'] }));
    assert.equal(day.closedReason, 'blackout');
    assert.deepEqual(day.slots, []);
  });

  for (const [date, name] of [
    ['2026-03-02', '대체공휴일(삼일절)'],
    ['2026-10-05', '대체공휴일(개천절)'],
    ['2027-02-09', '대체공휴일(설날)'],
    ['2026-06-03', '전국동시지방선거'],
    ['2026-07-17', '제헌절'],
    ['2027-12-27', '대체공휴일(성탄절)'],
  ] as const) {
    test(`${date} (${name}, a weekday) is a holiday: closed when the service closes on holidays`, () => {
      const now = new Date(`${date}T00:00:00+09:00`);
      const closed = oneDay(date, availability(), new Date(now.getTime() - 86_400_000));
      assert.equal(closed.closedReason, 'holiday');
      assert.equal(closed.holidayName, name);
      assert.deepEqual(closed.slots, []);

      const open = oneDay(date, availability({ closedOnPublicHolidays: false }), new Date(now.getTime() - 86_400_000));
      assert.equal(open.closedReason, null);
      assert.equal(open.holidayName, name, 'the name is still given, for the calendar to show');
      assert.deepEqual(starts(open), ['09:00', '10:00', '11:00']);
    });
  }

  test('the working day after a substitute holiday is open', () => {
    const day = oneDay('2026-03-03', availability(), new Date('2026-03-01T00:00:00Z'));
    assert.equal(day.closedReason, null);
    assert.equal(day.holidayName, null);
    assert.equal(day.slots.length, 3);
  });

  test('beyond the holiday table (2028) a service closed on holidays answers unknown_calendar, not a guess', () => {
    const now = new Date('2027-12-20T00:00:00Z');
    const days = generateSlots({ availability: availability(), from: '2027-12-31', to: '2028-01-03', now });
    assert.deepEqual(days.map((d) => [d.date, d.closedReason]), [
      ['2027-12-31', null],
      ['2028-01-01', 'unknown_calendar'],
      ['2028-01-02', 'unknown_calendar'],
      ['2028-01-03', 'unknown_calendar'],
    ]);
    const open = generateSlots({ availability: availability({ closedOnPublicHolidays: false }), from: '2028-01-03', to: '2028-01-03', now });
    assert.equal(open[0]!.closedReason, null);
    assert.equal(open[0]!.slots.length, 3);
  });

  test('the order of reasons: past, then beyond the horizon, then blackout, then holiday', () => {
    const a = availability({ closedDates: ['2026-03-02'], horizonDays: 10 });
    assert.equal(oneDay('2026-03-02', a, new Date('2026-03-01T00:00:00Z')).closedReason, 'blackout');
    assert.equal(oneDay('2026-03-02', a, new Date('2026-02-01T00:00:00Z')).closedReason, 'beyond_horizon');
    assert.equal(oneDay('2026-03-02', a, new Date('2026-03-05T00:00:00Z')).closedReason, 'past');
  });
});

describe('generateSlots: capacity', () => {
  test('remaining capacity is the capacity less what is taken, never below zero', () => {
    const a = availability({ capacityPerSlot: 12 });
    const taken = new Map([
      [Date.parse('2026-11-23T09:00:00+09:00'), 5],
      [Date.parse('2026-11-23T10:00:00+09:00'), 12],
      [Date.parse('2026-11-23T11:00:00+09:00'), 14],
      [Date.parse('2026-11-24T09:00:00+09:00'), 3],
    ]);
    const day = oneDay('2026-11-23', a, SUNDAY_EVENING, taken);
    assert.deepEqual(day.slots.map((s) => [s.capacity, s.remaining]), [
      [12, 7],
      [12, 0],
      [12, 0],
    ]);
    assert.equal(day.closedReason, null, 'a full day is still open');
  });
});

describe('generateSlots: Asia/Seoul whatever the machine', () => {
  test('every start and end is ISO-8601 with +09:00 and matches the instant it names', () => {
    const a = availability({ weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })), slotIntervalMinutes: 90, durationMinutes: 75, closedOnPublicHolidays: false });
    const days = generateSlots({ availability: a, from: '2026-11-23', to: '2026-12-06', now: SUNDAY_EVENING });
    const slots = days.flatMap((d) => d.slots);
    assert.equal(slots.length, 14 * 16);
    for (const slot of slots) {
      assert.match(slot.start, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+09:00$/);
      assert.match(slot.end, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+09:00$/);
      assert.equal(Date.parse(slot.end) - Date.parse(slot.start), 75 * 60_000);
    }
    for (const day of days) for (const slot of day.slots) assert.equal(slot.start.slice(0, 10), day.date);
  });

  test('the same answer in a process whose TZ is Los Angeles, Kiritimati (UTC+14) or UTC', () => {
    const moduleUrl = new URL('./generate-slots.ts', import.meta.url).href;
    const input = {
      availability: availability({ weeklyHours: [{ weekday: 1, start: '00:00', end: '03:00' }, { weekday: 0, start: '21:00', end: '24:00' }] }),
      from: '2026-11-22',
      to: '2026-12-07',
      now: '2026-11-21T16:00:00Z',
    };
    const script = `
      const { generateSlots } = await import(${JSON.stringify(moduleUrl)});
      const input = ${JSON.stringify(input)};
      process.stdout.write(JSON.stringify({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone, offset: new Date(input.now).getTimezoneOffset(), days: generateSlots({ ...input, now: new Date(input.now) }) }));
    `;
    const here = generateSlots({ ...input, now: new Date(input.now) });
    const cwd = fileURLToPath(new URL('../../', import.meta.url));
    const offsets = new Set<number>();
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      const out = execFileSync(process.execPath, ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script], {
        cwd,
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      const result = JSON.parse(out) as { tz: string; offset: number; days: unknown };
      assert.equal(result.tz, tz, 'the child really ran in that time zone');
      offsets.add(result.offset);
      assert.deepEqual(result.days, here, tz);
    }
    assert.equal(offsets.size, 3);
    assert.deepEqual(here.filter((d) => d.slots.length > 0).map((d) => [d.date, starts(d)]), [
      ['2026-11-22', ['21:00', '22:00', '23:00']],
      ['2026-11-23', ['00:00', '01:00', '02:00']],
      ['2026-11-29', ['21:00', '22:00', '23:00']],
      ['2026-11-30', ['00:00', '01:00', '02:00']],
      ['2026-12-06', ['21:00', '22:00', '23:00']],
      ['2026-12-07', ['00:00', '01:00', '02:00']],
    ]);
  });
});

describe('findBookableSlot', () => {
  const a = availability({ capacityPerSlot: 1 });

  test('finds a slot of the grid by its start instant, whatever offset it was written with', () => {
    const slot = findBookableSlot(a, new Date('2026-11-25T01:00:00Z'), SUNDAY_EVENING);
    assert.deepEqual(slot, { start: '2026-11-25T10:00:00+09:00', end: '2026-11-25T11:00:00+09:00', capacity: 1, remaining: 1 });
    assert.deepEqual(findBookableSlot(a, new Date('2026-11-25T10:00:00+09:00'), SUNDAY_EVENING), slot);
  });

  test('null off the grid, on closed days, within the lead time, past or beyond the horizon', () => {
    assert.equal(findBookableSlot(a, new Date('2026-11-25T10:30:00+09:00'), SUNDAY_EVENING), null, 'off the grid');
    assert.equal(findBookableSlot(a, new Date('2026-11-25T12:00:00+09:00'), SUNDAY_EVENING), null, 'would end after closing');
    assert.equal(findBookableSlot(a, new Date('2026-11-29T10:00:00+09:00'), SUNDAY_EVENING), null, 'Sunday');
    assert.equal(findBookableSlot(a, new Date('2026-12-25T10:00:00+09:00'), new Date('2026-12-01T00:00:00Z')), null, 'Christmas');
    assert.equal(findBookableSlot(availability({ closedDates: ['2026-11-25'] }), new Date('2026-11-25T10:00:00+09:00'), SUNDAY_EVENING), null, 'blackout');
    assert.equal(
      findBookableSlot(availability({ leadTimeMinutes: 120 }), new Date('2026-11-23T10:00:00+09:00'), new Date('2026-11-23T08:30:00+09:00')),
      null,
      'within the lead time',
    );
    assert.equal(findBookableSlot(a, new Date('2026-11-20T10:00:00+09:00'), SUNDAY_EVENING), null, 'past');
    assert.equal(findBookableSlot(availability({ horizonDays: 3 }), new Date('2026-11-26T10:00:00+09:00'), SUNDAY_EVENING), null, 'beyond the horizon');
    assert.equal(findBookableSlot(a, new Date('not a date'), SUNDAY_EVENING), null, 'an invalid date');
  });

  test('ignores capacity: the caller checks what is taken', () => {
    const slot = findBookableSlot(a, new Date('2026-11-25T10:00:00+09:00'), SUNDAY_EVENING);
    assert.equal(slot?.remaining, 1);
  });
});
