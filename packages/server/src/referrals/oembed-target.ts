import {
  BADGE_LOOKS,
  BADGE_SIZES,
  REFERRAL_CODE_PATTERN,
  REFERRAL_PARAMS,
  badgeImageSize,
  idPattern,
  type BadgeLook,
  type BadgeSize,
} from '@thecen/schema';

/** What an oEmbed `url` of this server shows: an item, with or without the MC who recommends it. */
export interface OEmbedTarget {
  /** Where the URL came from: an item page (`/products/…`, `/services/…`), a referral link (`/r/…`) or a badge image. */
  source: 'page' | 'link' | 'badge';
  /** The MC's referral code (as written in the URL; not yet checked). */
  mc: string | null;
  product?: string;
  service?: string;
  look: BadgeLook;
  /** The size the URL asked for (badge URLs); null: the largest that fits, from `m` down. */
  size: BadgeSize | null;
}

const PRODUCT_ID = idPattern('product');
const SERVICE_ID = idPattern('service');

/** Looks of an oEmbed answer: the card (with picture and price) unless a badge URL chose another. */
export const OEMBED_DEFAULT_LOOK: BadgeLook = 'card';

/** The path of `url` below `baseUrl` (same origin, below its path prefix), or null when it is not of this server. */
function localPath(url: URL, base: URL): string | null {
  if (url.origin !== base.origin) return null;
  const prefix = base.pathname.replace(/\/+$/, '');
  if (!prefix) return url.pathname;
  return url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : null;
}

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((v) => v === value);
}

/**
 * Reads an oEmbed `url`: `{base}/products/{id}` and `/services/{id}` (with an optional
 * `cen_mc`), referral links `{base}/r/{code}?product=…|service=…` and badge images
 * `{base}/badges/{code}.svg|png?…&look=…&size=…`. Null for anything else, including URLs of
 * other hosts and malformed parameters.
 */
export function parseOEmbedTarget(rawUrl: string, baseUrl: string): OEmbedTarget | null {
  let url: URL;
  let base: URL;
  try {
    url = new URL(rawUrl);
    base = new URL(baseUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const path = localPath(url, base);
  if (path === null) return null;
  const query = url.searchParams;
  let match = /^\/(products|services)\/([^/]+)\/?$/.exec(path);
  if (match) {
    const id = decoded(match[2]!);
    const kind = match[1] === 'products' ? 'product' : 'service';
    if (id === null || !(kind === 'product' ? PRODUCT_ID : SERVICE_ID).test(id)) return null;
    const mc = query.get(REFERRAL_PARAMS.marketCreator);
    return { source: 'page', mc: mc && REFERRAL_CODE_PATTERN.test(mc) ? mc : null, [kind]: id, look: OEMBED_DEFAULT_LOOK, size: null };
  }
  match = /^\/(?:r\/([^/]+)|badges\/([^/]+)\.(?:svg|png))$/.exec(path);
  if (!match) return null;
  const code = decoded(match[1] ?? match[2]!);
  if (code === null || !REFERRAL_CODE_PATTERN.test(code)) return null;
  const product = query.get('product');
  const service = query.get('service');
  if (product !== null && !PRODUCT_ID.test(product)) return null;
  if (service !== null && !SERVICE_ID.test(service)) return null;
  const item = product !== null ? { product } : service !== null ? { service } : {};
  if (match[1] !== undefined) return { source: 'link', mc: code, ...item, look: OEMBED_DEFAULT_LOOK, size: null };
  const look = query.has('look') ? oneOf(BADGE_LOOKS, query.get('look')) : 'compact';
  const size = query.has('size') ? oneOf(BADGE_SIZES, query.get('size')) : 'm';
  if (!look || !size) return null;
  return { source: 'badge', mc: code, ...item, look, size };
}

/**
 * The look and size to embed: the asked size (or `m`) if it fits `maxwidth` × `maxheight`, else
 * the next smaller one, else the same in the compact and then the button look (narrower); null
 * when nothing fits.
 */
export function fitEmbed(
  look: BadgeLook,
  size: BadgeSize | null,
  hasItem: boolean,
  max: { maxwidth?: number | undefined; maxheight?: number | undefined },
): { look: BadgeLook; size: BadgeSize; width: number; height: number } | null {
  const order: BadgeSize[] = ['l', 'm', 's'];
  const sizes = order.slice(order.indexOf(size ?? 'm'));
  const looks = [look, ...(['compact', 'button'] as const).filter((l) => l !== look)];
  for (const candidateLook of looks) {
    for (const candidate of candidateLook === look ? sizes : order) {
      const box = badgeImageSize(candidateLook, candidate, hasItem);
      if ((max.maxwidth === undefined || box.width <= max.maxwidth) && (max.maxheight === undefined || box.height <= max.maxheight)) {
        return { look: candidateLook, size: candidate, ...box };
      }
    }
  }
  return null;
}

/** `{base}/oembed?url=…&format=json`: the discovery link of a page. */
export function oembedEndpointUrl(baseUrl: string, url: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/oembed?${new URLSearchParams({ url, format: 'json' }).toString()}`;
}

/** The embed page an oEmbed `<iframe>` shows: the MC's badge, or the item alone. */
export function embedPageUrl(
  baseUrl: string,
  target: { mc: string | null; product?: string | undefined; service?: string | undefined },
  look: BadgeLook,
  size: BadgeSize,
): string {
  const base = baseUrl.replace(/\/+$/, '');
  const query = new URLSearchParams();
  if (target.mc) {
    if (target.product) query.set('product', target.product);
    else if (target.service) query.set('service', target.service);
  }
  query.set('look', look);
  query.set('size', size);
  if (target.mc) return `${base}/embed/badge/${encodeURIComponent(target.mc)}?${query.toString()}`;
  const path = target.product ? `products/${encodeURIComponent(target.product)}` : `services/${encodeURIComponent(target.service ?? '')}`;
  return `${base}/embed/${path}?${query.toString()}`;
}
