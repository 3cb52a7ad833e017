/**
 * Addresses of the no-JavaScript referral snippet, zod-free: the redirect link that records a
 * click and lands the buyer on the item (`/r/{code}`), and the badge image (`/badges/{code}.svg`
 * or `.png`) in the look and size an MC chose. The server parses the same parameters; the
 * snippet builder and the docs build the same URLs.
 */
export const BADGE_LOOKS = ['compact', 'button', 'card'] as const;
export type BadgeLook = (typeof BADGE_LOOKS)[number];
export const BADGE_SIZES = ['s', 'm', 'l'] as const;
export type BadgeSize = (typeof BADGE_SIZES)[number];
export const BADGE_IMAGE_FORMATS = ['svg', 'png'] as const;
export type BadgeImageFormat = (typeof BADGE_IMAGE_FORMATS)[number];

/** What a referral points at: an MC and (optionally) one product or one service. */
export interface ReferralTarget {
  mc: string;
  product?: string | null | undefined;
  service?: string | null | undefined;
}

const WIDTHS: Record<BadgeLook, Record<BadgeSize, number>> = {
  compact: { s: 240, m: 300, l: 360 },
  button: { s: 200, m: 260, l: 320 },
  card: { s: 280, m: 340, l: 400 },
};

/** Pixel size of a badge image (the `<img width height>` of the no-JS snippet). */
export function badgeImageSize(look: BadgeLook, size: BadgeSize, hasItem: boolean): { width: number; height: number } {
  const width = WIDTHS[look][size];
  const scale = width / WIDTHS[look].m;
  const base = look === 'card' ? (hasItem ? 148 : 96) : look === 'button' ? 64 : hasItem ? 92 : 70;
  return { width, height: Math.round(base * scale) };
}

function itemQuery(target: ReferralTarget): URLSearchParams {
  const query = new URLSearchParams();
  if (target.product) query.set('product', target.product);
  else if (target.service) query.set('service', target.service);
  return query;
}

const apiBase = (api: string) => api.replace(/\/+$/, '');

/** `{api}/r/{code}?product=…`: records the click, then redirects to the item with the attribution (or to `to`, on an allowed origin). */
export function referralLinkUrl(api: string, target: ReferralTarget, to?: string): string {
  const query = itemQuery(target);
  if (to) query.set('to', to);
  const search = query.toString();
  return `${apiBase(api)}/r/${encodeURIComponent(target.mc)}${search ? `?${search}` : ''}`;
}

/** `{api}/badges/{code}.svg?product=…&look=card&size=m` (or `.png`). */
export function badgeImageUrl(
  api: string,
  target: ReferralTarget,
  options: { look?: BadgeLook; size?: BadgeSize; format?: BadgeImageFormat } = {},
): string {
  const query = itemQuery(target);
  if (options.look && options.look !== 'compact') query.set('look', options.look);
  if (options.size && options.size !== 'm') query.set('size', options.size);
  const search = query.toString();
  return `${apiBase(api)}/badges/${encodeURIComponent(target.mc)}.${options.format ?? 'svg'}${search ? `?${search}` : ''}`;
}
