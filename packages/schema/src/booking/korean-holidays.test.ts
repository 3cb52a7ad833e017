import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HOLIDAY_YEARS, KOREAN_PUBLIC_HOLIDAYS, koreanHolidayName } from './korean-holidays.js';
import { isCalendarDate, seoulWeekday } from './seoul-clock.js';

/** The official calendars (관공서의 공휴일, 2026 and 2027), written out independently of the table. */
const EXPECTED: Record<number, string[]> = {
  2026: [
    '01-01', '02-16', '02-17', '02-18', '03-01', '03-02', '05-01', '05-05', '05-24', '05-25', '06-03',
    '06-06', '07-17', '08-15', '08-17', '09-24', '09-25', '09-26', '10-03', '10-05', '10-09', '12-25',
  ],
  2027: [
    '01-01', '02-06', '02-07', '02-08', '02-09', '03-01', '05-01', '05-03', '05-05', '05-13', '06-06',
    '07-17', '07-19', '08-15', '08-16', '09-14', '09-15', '09-16', '10-03', '10-04', '10-09', '10-11',
    '12-25', '12-27',
  ],
};

test('every key is a date of the calendar, in a covered year, with a name', () => {
  for (const [date, name] of Object.entries(KOREAN_PUBLIC_HOLIDAYS)) {
    assert.ok(isCalendarDate(date), date);
    assert.ok((HOLIDAY_YEARS as readonly number[]).includes(Number(date.slice(0, 4))), date);
    assert.ok(name.trim().length > 0, date);
  }
  const keys = Object.keys(KOREAN_PUBLIC_HOLIDAYS);
  assert.deepEqual(keys, [...keys].sort(), 'kept in date order, so that a missing day stands out');
});

test('covers 2026 and 2027 exactly as the official calendars', () => {
  assert.deepEqual([...HOLIDAY_YEARS], [2026, 2027]);
  for (const year of HOLIDAY_YEARS) {
    const dates = Object.keys(KOREAN_PUBLIC_HOLIDAYS).filter((d) => d.startsWith(`${year}-`));
    assert.deepEqual(dates, EXPECTED[year]!.map((md) => `${year}-${md}`), String(year));
  }
});

test('the fixed national days of each year are there, 제헌절 included since 2026', () => {
  for (const year of HOLIDAY_YEARS) {
    for (const md of ['01-01', '03-01', '05-01', '05-05', '06-06', '07-17', '08-15', '10-03', '10-09', '12-25']) {
      assert.ok(koreanHolidayName(`${year}-${md}`), `${year}-${md}`);
    }
  }
  assert.equal(koreanHolidayName('2026-07-17'), '제헌절');
  assert.equal(koreanHolidayName('2026-06-03'), '전국동시지방선거');
});

test('substitute holidays (대체공휴일) fall on the first working day after a weekend holiday', () => {
  const substitutes = Object.entries(KOREAN_PUBLIC_HOLIDAYS).filter(([, name]) => name.startsWith('대체공휴일'));
  assert.deepEqual(
    substitutes.map(([date]) => date),
    ['2026-03-02', '2026-05-25', '2026-08-17', '2026-10-05', '2027-02-09', '2027-05-03', '2027-07-19', '2027-08-16', '2027-10-04', '2027-10-11', '2027-12-27'],
  );
  for (const [date] of substitutes) {
    const weekday = seoulWeekday(date);
    assert.ok(weekday >= 1 && weekday <= 5, `${date} is a weekday`);
  }
  assert.equal(koreanHolidayName('2026-03-02'), '대체공휴일(삼일절)');
  assert.equal(koreanHolidayName('2026-10-05'), '대체공휴일(개천절)');
  assert.equal(koreanHolidayName('2027-02-09'), '대체공휴일(설날)');
});

test('ordinary days and years outside the table have no name', () => {
  assert.equal(koreanHolidayName('2026-11-23'), undefined);
  assert.equal(koreanHolidayName('2026-06-04'), undefined);
  assert.equal(koreanHolidayName('2028-01-01'), undefined);
  assert.equal(koreanHolidayName('2025-12-25'), undefined);
});
