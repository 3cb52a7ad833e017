import { seoulDate } from '@thecen/schema/browser';
import type { Locale } from '../i18n/translation.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** One cached `Intl.DateTimeFormat` per locale and options, always in Asia/Seoul. */
function seoulFormat(locale: Locale, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${name}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', { timeZone: 'Asia/Seoul', ...options })));
  return format;
}

/** Noon of a Seoul date (`YYYY-MM-DD`): the instant that formats as that date in Asia/Seoul. */
function noonOf(date: string): Date {
  return new Date(`${date}T12:00:00+09:00`);
}

/**
 * Date and time in Korea (Asia/Seoul, no daylight saving): `2026. 11. 24. 23:59` in Korean.
 * `hourCycle: 'h23'` keeps a 24-hour clock (ko-KR would otherwise write "오후 11:59").
 */
export function formatSeoulDateTime(iso: string, locale: Locale): string {
  return seoulFormat(locale, 'datetime', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** A Seoul date (`YYYY-MM-DD`) in words: `2026년 11월 24일 화요일`, `Tuesday 24 November 2026`. */
export function formatSeoulDay(date: string, locale: Locale): string {
  return seoulFormat(locale, 'day', { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }).format(noonOf(date));
}

/**
 * A Seoul date in words split around its day number, so that the number can be shown and the rest
 * read by screen readers only: `{ before: '2026년 11월 ', day: '24', after: '일 화요일' }`.
 */
export function formatSeoulDayParts(date: string, locale: Locale): { before: string; day: string; after: string } {
  const parts = seoulFormat(locale, 'day', { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }).formatToParts(noonOf(date));
  const index = parts.findIndex((p) => p.type === 'day');
  const text = (from: number, to?: number) => parts.slice(from, to).map((p) => p.value).join('');
  return { before: text(0, index), day: parts[index]?.value ?? '', after: text(index + 1) };
}

/** A short Seoul date: `11월 24일 (화)`, `Tue 24 November`. */
export function formatSeoulShortDay(date: string, locale: Locale): string {
  return seoulFormat(locale, 'short-day', { month: 'long', day: 'numeric', weekday: 'short' }).format(noonOf(date));
}

/** A month (`YYYY-MM`): `2026년 11월`, `November 2026`. */
export function formatSeoulMonth(month: string, locale: Locale): string {
  return seoulFormat(locale, 'month', { year: 'numeric', month: 'long' }).format(noonOf(`${month}-15`));
}

/** Short weekday names from Sunday: `일 월 화 …`, `Sun Mon Tue …`, and the long ones for screen readers. */
export function seoulWeekdayNames(locale: Locale, width: 'short' | 'long'): string[] {
  // 2026-11-01 is a Sunday.
  return Array.from({ length: 7 }, (_, i) => seoulFormat(locale, `weekday-${width}`, { weekday: width }).format(noonOf(`2026-11-0${i + 1}`)));
}

/** The Seoul wall-clock time of an instant, 24-hour: `14:30`. */
export function formatSeoulTime(iso: string, locale: Locale): string {
  return seoulFormat(locale, 'time', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** A slot in words: `2026년 11월 24일 화요일 14:00–15:00` (the end omitted when null). */
export function formatSeoulSlot(start: string, end: string | null, locale: Locale): string {
  const day = formatSeoulDay(seoulDate(new Date(start)), locale);
  return `${day} ${formatSeoulTime(start, locale)}${end ? `–${formatSeoulTime(end, locale)}` : ''}`;
}

