import { addDays, seoulWeekday } from '@thecen/schema/browser';

/** The month (`YYYY-MM`) of a date (`YYYY-MM-DD`). */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** First and last date of a month (`YYYY-MM`). */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The month `months` after `month` (negative: before). */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return d.toISOString().slice(0, 7);
}

/** The same day of the month `months` later, clamped to that month's last day (31 Jan → 28/29 Feb). */
export function addMonthsToDate(date: string, months: number): string {
  const month = addMonths(monthOf(date), months);
  const { to } = monthRange(month);
  const day = `${month}-${date.slice(8, 10)}`;
  return day > to ? to : day;
}

/** The weeks of a month, Sunday first: seven dates a week, `null` for the days of the months around it. */
export function calendarWeeks(month: string): (string | null)[][] {
  const { from, to } = monthRange(month);
  const weeks: (string | null)[][] = [];
  let week: (string | null)[] = Array.from({ length: seoulWeekday(from) }, () => null);
  for (let date = from; date <= to; date = addDays(date, 1)) {
    week.push(date);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}

/** Keys the calendar grid handles, with Shift for PageUp/PageDown (by year). */
export type CalendarKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown';

export function isCalendarKey(key: string): key is CalendarKey {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].includes(key);
}

/**
 * Where focus goes from `date` for a key of the date grid (WAI-ARIA date picker): arrows by day
 * and week (crossing into the next or previous month), Home/End to the first/last day of the week
 * within the month,
 * PageUp/PageDown by month (Shift: by year), keeping the day of the month where it exists.
 */
export function moveDate(date: string, key: CalendarKey, shift = false): string {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home': {
      const first = addDays(date, -seoulWeekday(date));
      return monthOf(first) === monthOf(date) ? first : monthRange(monthOf(date)).from;
    }
    case 'End': {
      const last = addDays(date, 6 - seoulWeekday(date));
      return monthOf(last) === monthOf(date) ? last : monthRange(monthOf(date)).to;
    }
    case 'PageUp':
      return addMonthsToDate(date, shift ? -12 : -1);
    case 'PageDown':
      return addMonthsToDate(date, shift ? 12 : 1);
  }
}
