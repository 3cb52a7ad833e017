/**
 * Asia/Seoul is UTC+9 all year (no daylight saving since 1988), so Seoul wall-clock arithmetic is
 * plain arithmetic on UTC + 9 h. Dates are `YYYY-MM-DD`, times `HH:MM`, instants ISO-8601 with
 * `+09:00`.
 */
export const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;

/** True when `value` is a `YYYY-MM-DD` date that exists (`2026-02-28`, not `2026-02-30` or `2026-13-01`). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** The Seoul calendar date of an instant. */
export function seoulDate(instant: Date): string {
  return new Date(instant.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of a Seoul wall-clock time on a Seoul date. */
export function seoulInstant(date: string, time: string): Date {
  return new Date(Date.parse(`${date}T${time}:00+09:00`));
}

/** ISO-8601 with the `+09:00` offset, e.g. `2026-11-24T14:30:00+09:00`. */
export function toSeoulIso(instant: Date): string {
  return new Date(instant.getTime() + SEOUL_OFFSET_MS).toISOString().slice(0, 19) + '+09:00';
}

/** 0 = Sunday … 6 = Saturday, of a Seoul date. */
export function seoulWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The Seoul date `days` after `date`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Minutes since midnight of `HH:MM`. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

/** `HH:MM` of minutes since midnight. */
export function timeOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
