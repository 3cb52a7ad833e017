import { describe, equal, it } from '../../test/harness.js';
import { addMonths, addMonthsToDate, calendarWeeks, monthRange, moveDate } from './month-calendar.js';

describe('month calendar', () => {
  it('lays a month out in weeks from Sunday', () => {
    const weeks = calendarWeeks('2026-09');
    equal(weeks.length, 5, 'five weeks');
    equal(JSON.stringify(weeks[0]), JSON.stringify([null, null, '2026-09-01', '2026-09-02', '2026-09-03', '2026-09-04', '2026-09-05']), 'starts on Tuesday');
    equal(JSON.stringify(weeks[4]), JSON.stringify(['2026-09-27', '2026-09-28', '2026-09-29', '2026-09-30', null, null, null]), 'ends on Wednesday');
    equal(calendarWeeks('2026-02').length, 4, 'February 2026 fills exactly four weeks');
    equal(JSON.stringify(monthRange('2028-02')), JSON.stringify({ from: '2028-02-01', to: '2028-02-29' }), 'leap year');
  });

  it('moves by day, week, week edges and month like the WAI-ARIA date picker', () => {
    equal(moveDate('2026-09-30', 'ArrowRight'), '2026-10-01', 'next day across months');
    equal(moveDate('2026-09-01', 'ArrowLeft'), '2026-08-31', 'previous day across months');
    equal(moveDate('2026-09-10', 'ArrowDown'), '2026-09-17', 'next week');
    equal(moveDate('2026-09-03', 'ArrowUp'), '2026-08-27', 'previous week');
    equal(moveDate('2026-09-10', 'Home'), '2026-09-06', 'Sunday of the week');
    equal(moveDate('2026-09-10', 'End'), '2026-09-12', 'Saturday of the week');
    equal(moveDate('2026-09-02', 'Home'), '2026-09-01', 'Home stays in the month');
    equal(moveDate('2026-09-29', 'End'), '2026-09-30', 'End stays in the month');
    equal(moveDate('2027-01-31', 'PageDown'), '2027-02-28', 'next month, day clamped');
    equal(moveDate('2026-03-31', 'PageUp'), '2026-02-28', 'previous month, day clamped');
    equal(moveDate('2026-09-10', 'PageDown', true), '2027-09-10', 'Shift: next year');
    equal(addMonths('2026-12', 1), '2027-01', 'month after December');
    equal(addMonthsToDate('2028-02-29', 12), '2029-02-28', 'a year after a leap day');
  });
});
