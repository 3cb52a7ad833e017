/**
 * Korean phone numbers: mobile 010, Seoul 02, area codes 0XX, internet 070, safe numbers 050X,
 * and nationwide representative numbers 15XX/16XX/18XX. Stored as digits only.
 */

const PATTERNS: readonly RegExp[] = [
  /^01[016789]\d{7,8}$/, // mobile
  /^02\d{7,8}$/, // Seoul
  /^0(3[1-3]|4[1-4]|5[1-5]|6[1-4])\d{7,8}$/, // other areas
  /^070\d{8}$/, // internet phone
  /^050\d{8,9}$/, // safe numbers (0502-0508)
  /^080\d{7,8}$/, // toll free
  /^1[568]\d{6}$/, // nationwide representative numbers (8 digits)
];

export function normalizePhone(input: string): string {
  return input.replace(/[\s\-().]/g, '');
}

export function isValidKoreanPhone(input: string): boolean {
  const digits = normalizePhone(input);
  return PATTERNS.some((re) => re.test(digits));
}

export function isKoreanMobile(input: string): boolean {
  return /^01[016789]\d{7,8}$/.test(normalizePhone(input));
}

/** Formats stored digits for display: `010-1234-5678`, `02-123-4567`, `1588-1234`. */
export function formatKoreanPhone(input: string): string {
  const d = normalizePhone(input);
  if (/^1[568]\d{6}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4)}`;
  if (d.startsWith('02')) {
    const rest = d.slice(2);
    const mid = rest.length === 8 ? 4 : 3;
    return `02-${rest.slice(0, mid)}-${rest.slice(mid)}`;
  }
  if (/^0\d{9,11}$/.test(d)) {
    const prefixLength = /^050\d/.test(d) ? 4 : 3;
    const prefix = d.slice(0, prefixLength);
    const rest = d.slice(prefixLength);
    const mid = rest.length === 8 ? 4 : 3;
    return `${prefix}-${rest.slice(0, mid)}-${rest.slice(mid)}`;
  }
  return input;
}
