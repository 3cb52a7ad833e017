import { findMediaItem, renderPlaceholderSvg } from '@thecen/mocks/fixtures';
import { formatKrw, type Image } from '@thecen/schema';
import { itemPageUrl, type OutputContext } from '../catalog/output-context.js';
import { getProduct } from '../catalog/product-queries.js';
import { getService } from '../catalog/service-queries.js';
import type { Queryable } from '../db/database.js';
import { pricingLabel } from '../pages/catalog-labels.js';
import type { BadgeItem } from './badge-image.js';

/** The product or service a referral link, badge or embed points at, as they show it. */
export interface ReferralItem {
  kind: 'product' | 'service';
  id: string;
  /** False when the item is not (or no longer) on offer: hidden, removed, or its partner suspended. */
  available: boolean;
  /** The title, or a line saying the item is not on offer. */
  title: string;
  /** `6,000원`, `9,000원부터` (options at several prices), `50,000원부터`, `상담 후 견적`; null when not on offer. */
  priceLabel: string | null;
  image: Image | null;
  partnerName: string | null;
  /** The item's page on this server. */
  pageUrl: string;
}

const UNAVAILABLE_TITLE = { product: '판매가 끝난 상품입니다', service: '예약할 수 없는 서비스입니다' } as const;

/** The product or service of a badge query (product first), or null when it names neither. */
export async function loadReferralItem(
  db: Queryable,
  target: { product?: string | undefined; service?: string | undefined },
  ctx: OutputContext,
): Promise<ReferralItem | null> {
  if (target.product) {
    const product = await getProduct(db, target.product, ctx);
    const pageUrl = itemPageUrl('products', target.product, ctx);
    if (!product) return unavailable('product', target.product, pageUrl);
    const prices = new Set(product.variants.map((v) => v.price));
    return {
      kind: 'product',
      id: product.id,
      available: true,
      title: product.title,
      priceLabel: `${formatKrw(product.price)}${prices.size > 1 ? '부터' : ''}`,
      image: product.images[0] ?? null,
      partnerName: product.partner.name,
      pageUrl,
    };
  }
  if (target.service) {
    const service = await getService(db, target.service, ctx);
    const pageUrl = itemPageUrl('services', target.service, ctx);
    if (!service) return unavailable('service', target.service, pageUrl);
    return {
      kind: 'service',
      id: service.id,
      available: true,
      title: service.title,
      priceLabel: pricingLabel(service.pricing),
      image: service.images[0] ?? null,
      partnerName: service.partner.name,
      pageUrl,
    };
  }
  return null;
}

function unavailable(kind: ReferralItem['kind'], id: string, pageUrl: string): ReferralItem {
  return { kind, id, available: false, title: UNAVAILABLE_TITLE[kind], priceLabel: null, image: null, partnerName: null, pageUrl };
}

/**
 * A `data:` URI of the item's picture when this server draws it (the demo catalog's `/media/`
 * placeholders under `baseUrl`); null otherwise — an image inside an SVG image cannot load
 * anything from elsewhere, so the badge shows a letter tile instead.
 */
export function inlinePicture(image: Image | null, baseUrl: string): string | null {
  if (!image) return null;
  let path: string;
  try {
    const url = new URL(image.url, `${baseUrl}/`);
    if (url.origin !== new URL(baseUrl).origin) return null;
    path = url.pathname;
  } catch {
    return null;
  }
  const media = path.endsWith('.svg') ? findMediaItem(path) : null;
  return media ? `data:image/svg+xml;base64,${Buffer.from(renderPlaceholderSvg(media)).toString('base64')}` : null;
}

/** The item as a badge image draws it. */
export function badgeItemOf(item: ReferralItem, options: { picture: boolean; baseUrl: string }): BadgeItem {
  return {
    kind: item.kind,
    title: item.title,
    priceLabel: item.priceLabel,
    imageDataUri: options.picture ? inlinePicture(item.image, options.baseUrl) : null,
  };
}
