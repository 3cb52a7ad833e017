/** Korean postal codes (우편번호) have had 5 digits since 2015. */
export function isValidPostalCode(input: string): boolean {
  return /^\d{5}$/.test(input.trim());
}
