import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, isCalendarDate, minutesOf, seoulDate, seoulInstant, seoulWeekday, SEOUL_OFFSET_MS, timeOf, toSeoulIso } from './seoul-clock.js';

test('the Seoul date changes at 15:00 UTC', () => {
  assert.equal(seoulDate(new Date('2026-11-23T14:59:59.999Z')), '2026-11-23');
  assert.equal(seoulDate(new Date('2026-11-23T15:00:00.000Z')), '2026-11-24');
  assert.equal(seoulDate(new Date('2026-12-31T15:00:00Z')), '2027-01-01', 'and the year at 15:00 UTC on 31 December');
  assert.equal(seoulDate(new Date('2026-12-31T14:59:59Z')), '2026-12-31');
  assert.equal(SEOUL_OFFSET_MS, 9 * 3_600_000);
});

test('a Seoul wall-clock time is the instant 9 hours earlier in UTC', () => {
  assert.equal(seoulInstant('2026-11-24', '00:00').toISOString(), '2026-11-23T15:00:00.000Z');
  assert.equal(seoulInstant('2026-11-24', '14:30').toISOString(), '2026-11-24T05:30:00.000Z');
  assert.equal(seoulInstant('2027-01-01', '08:59').toISOString(), '2026-12-31T23:59:00.000Z');
});

test('toSeoulIso writes +09:00 and drops milliseconds; it round-trips with Date.parse', () => {
  assert.equal(toSeoulIso(new Date('2026-11-24T05:30:00Z')), '2026-11-24T14:30:00+09:00');
  assert.equal(toSeoulIso(new Date('2026-11-23T15:00:00.999Z')), '2026-11-24T00:00:00+09:00');
  const instant = new Date('2026-03-01T16:45:00Z');
  assert.equal(Date.parse(toSeoulIso(instant)), instant.getTime());
  assert.equal(toSeoulIso(seoulInstant('2026-06-03', '09:00')), '2026-06-03T09:00:00+09:00');
});

test('weekdays of Seoul dates: 0 = Sunday … 6 = Saturday', () => {
  assert.deepEqual(
    ['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-28', '2026-03-02', '2027-02-09'].map(seoulWeekday),
    [0, 1, 2, 6, 1, 2],
  );
});

test('addDays crosses months, years and leap days, forwards and back', () => {
  assert.equal(addDays('2026-11-30', 1), '2026-12-01');
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(addDays('2027-02-28', 1), '2027-03-01');
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  assert.equal(addDays('2026-11-23', 0), '2026-11-23');
  assert.equal(addDays('2026-11-23', 366), '2027-11-24');
});

test('minutesOf and timeOf are inverse', () => {
  assert.equal(minutesOf('00:00'), 0);
  assert.equal(minutesOf('09:30'), 570);
  assert.equal(minutesOf('24:00'), 1440);
  assert.equal(timeOf(570), '09:30');
  assert.equal(timeOf(5), '00:05');
  for (let m = 0; m < 1440; m += 7) assert.equal(minutesOf(timeOf(m)), m);
});

test('isCalendarDate accepts only dates that exist', () => {
  for (const good of ['2026-01-01', '2026-02-28', '2028-02-29', '2026-12-31']) assert.equal(isCalendarDate(good), true, good);
  for (const bad of ['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-1', '26-01-01', '2026-01-01T00:00', '']) {
    assert.equal(isCalendarDate(bad), false, bad);
  }
});
