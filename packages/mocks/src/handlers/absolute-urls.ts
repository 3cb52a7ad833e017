import type { Image, Partner, PartnerSummary, Product, Service } from '@thecen/schema';

/** Joins a server-relative path to the API root; absolute URLs are kept. */
export function absoluteUrl(root: string, pathOrUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(pathOrUrl)) return pathOrUrl;
  return `${root}${pathOrUrl.startsWith('/') ? '' : '/'}${pathOrUrl}`;
}

function image(root: string, value: Image): Image {
  return { ...value, url: absoluteUrl(root, value.url) };
}

function logo(root: string, value: Image | null): Image | null {
  return value ? image(root, value) : null;
}

function summary(root: string, partner: PartnerSummary): PartnerSummary {
  return { ...partner, logo: logo(root, partner.logo) };
}

/** Copies of fixture items with absolute image and page URLs; the fixtures are never modified. */
export function productWithAbsoluteUrls(root: string, product: Product): Product {
  return {
    ...product,
    partner: summary(root, product.partner),
    images: product.images.map((i) => image(root, i)),
    url: absoluteUrl(root, product.url),
  };
}

export function serviceWithAbsoluteUrls(root: string, service: Service): Service {
  return {
    ...service,
    partner: summary(root, service.partner),
    images: service.images.map((i) => image(root, i)),
    url: absoluteUrl(root, service.url),
  };
}

export function partnerWithAbsoluteUrls(root: string, partner: Partner): Partner {
  return { ...partner, logo: logo(root, partner.logo) };
}
