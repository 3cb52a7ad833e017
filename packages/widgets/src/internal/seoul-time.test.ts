import { describe, equal, it } from '../../test/harness.js';
import { formatSeoulDateTime, formatSeoulDay, formatSeoulDayParts, formatSeoulMonth, formatSeoulSlot, formatSeoulTime, seoulWeekdayNames } from './seoul-time.js';

/**
 * The browser's time zone cannot be changed in the test runner, so these format fixed instants
 * whose Seoul date or hour differs from UTC's (and from most other zones'), and expect Seoul.
 */
describe('Seoul time formatting', () => {
  it('writes instants in Asia/Seoul whatever the browser’s zone', () => {
    // 23:30 UTC on the 23rd is 08:30 on the 24th in Seoul.
    equal(formatSeoulTime('2026-11-23T23:30:00Z', 'ko'), '08:30', 'time, 24-hour');
    equal(formatSeoulTime('2026-11-24T05:30:00Z', 'ko'), '14:30', 'afternoon without 오후');
    equal(formatSeoulTime('2026-11-24T05:30:00Z', 'en'), '14:30', 'English, 24-hour too');
    equal(formatSeoulDateTime('2026-11-24T14:59:00Z', 'ko'), '2026. 11. 24. 23:59', 'date and time');
    equal(formatSeoulDateTime('2026-11-24T15:00:00Z', 'ko'), '2026. 11. 25. 00:00', 'midnight in Seoul is the next day');
    equal(formatSeoulSlot('2026-11-23T15:30:00Z', '2026-11-23T16:30:00Z', 'ko'), '2026년 11월 24일 화요일 00:30–01:30', 'a slot on its Seoul date');
    equal(formatSeoulSlot('2026-11-24T14:00:00+09:00', null, 'ko'), '2026년 11월 24일 화요일 14:00', 'a slot start');
  });

  it('writes Seoul dates in words, in Korean and English', () => {
    equal(formatSeoulDay('2026-11-24', 'ko'), '2026년 11월 24일 화요일', 'Korean');
    equal(formatSeoulDay('2026-11-24', 'en').replace(',', ''), 'Tuesday 24 November 2026', 'English');
    const parts = formatSeoulDayParts('2026-09-25', 'ko');
    equal(JSON.stringify(parts), JSON.stringify({ before: '2026년 9월 ', day: '25', after: '일 금요일' }), 'split around the day number');
    equal(formatSeoulMonth('2027-02', 'ko'), '2027년 2월', 'month');
    equal(formatSeoulMonth('2027-02', 'en'), 'February 2027', 'month in English');
    equal(seoulWeekdayNames('ko', 'short').join(''), '일월화수목금토', 'weekdays from Sunday');
    equal(seoulWeekdayNames('en', 'long')[0], 'Sunday', 'long names');
  });
});
