/**
 * Korean business registration number (사업자등록번호): 10 digits shown as `XXX-XX-XXXXX`.
 * The tenth digit is a check digit computed from the first nine.
 */

const WEIGHTS = [1, 3, 7, 1, 3, 7, 1, 3, 5] as const;

/** Removes dashes and spaces; keeps anything else so validation can reject it. */
export function normalizeBusinessNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** True when `input` (with or without dashes) is 10 digits with a correct check digit. */
export function isValidBusinessNumber(input: string): boolean {
  const digits = normalizeBusinessNumber(input);
  if (!/^\d{10}$/.test(digits)) return false;
  const d = Array.from(digits, Number);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += d[i]! * WEIGHTS[i]!;
  sum += Math.floor((d[8]! * 5) / 10);
  return (10 - (sum % 10)) % 10 === d[9];
}

/** Formats 10 digits as `XXX-XX-XXXXX`; returns the input unchanged when it is not 10 digits. */
export function formatBusinessNumber(input: string): string {
  const digits = normalizeBusinessNumber(input);
  if (!/^\d{10}$/.test(digits)) return input;
  return `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`;
}
