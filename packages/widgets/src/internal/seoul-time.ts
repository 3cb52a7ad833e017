import type { Locale } from '../i18n/translation.js';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * Date and time in Korea (Asia/Seoul, no daylight saving): `2026. 11. 24. 23:59` in Korean.
 * `hourCycle: 'h23'` keeps a 24-hour clock (ko-KR would otherwise write "오후 11:59").
 */
export function formatSeoulDateTime(iso: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', {
      timeZone: 'Asia/Seoul',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(locale, format);
  }
  return format.format(new Date(iso));
}
