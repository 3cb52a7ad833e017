/**
 * Provider timestamps come as RFC 3339 with an offset (`2024-02-13T23:59:59+09:00`,
 * `2024-02-13T14:59:59Z`) or, in Toss webhooks, as Korean local time without one
 * (`2022-01-01T00:00:00.000000`). Adapters hand them on as ISO strings in Seoul time (+09:00,
 * no daylight saving since 1988).
 */

const HAS_OFFSET = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;
const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The instant as `YYYY-MM-DDTHH:mm:ss[.sss]+09:00`, or null when it cannot be read. */
export function toSeoulIsoString(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  let time: number;
  if (value instanceof Date) {
    time = value.getTime();
  } else {
    const trimmed = value.trim();
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(trimmed)) return null;
    // Keep at most milliseconds: some providers send microseconds.
    const normalized = trimmed.replace(/(\.\d{3})\d+/, '$1');
    time = Date.parse(HAS_OFFSET.test(normalized) ? normalized : `${normalized}+09:00`);
  }
  if (Number.isNaN(time)) return null;
  const local = new Date(time + SEOUL_OFFSET_MS).toISOString(); // the wall-clock time in Seoul, marked Z
  const withoutZone = local.endsWith('.000Z') ? local.slice(0, -5) : local.slice(0, -1);
  return `${withoutZone}+09:00`;
}
