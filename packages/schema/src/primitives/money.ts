/**
 * KRW has no minor unit: amounts are integers of won. Money is computed on the server only;
 * these helpers format it for people.
 */

/** The largest amount the API accepts for one price (one trillion won). */
export const MAX_KRW = 1_000_000_000_000;

export function isKrw(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_KRW;
}

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-US', { maximumFractionDigits: 0 });
    formatters.set(locale, f);
  }
  return f;
}

/**
 * Formats an integer amount of won the way Korean shops write it: `12,000원` in Korean,
 * `₩12,000` in English. Throws on a non-integer so rounding never hides a bug.
 */
export function formatKrw(amount: number, locale: 'ko' | 'en' = 'ko'): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`KRW amounts are integers, got ${amount}`);
  const digits = numberFormat(locale).format(amount);
  return locale === 'ko' ? `${digits}원` : `₩${digits}`;
}
