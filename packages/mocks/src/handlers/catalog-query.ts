import type { CatalogTag, DeliveryMode, OrganisationType, Partner, Product, ProductCategory, Service, ServiceGroup } from '@thecen/schema';
import { servicePrice } from './sort-orders.js';

/** Filters of a product list, as parsed from `ProductListQuery`. */
export interface ProductFilters {
  partner?: string | undefined;
  category?: ProductCategory | undefined;
  tag?: CatalogTag | undefined;
  q?: string | undefined;
  minPrice?: number | undefined;
  maxPrice?: number | undefined;
}

/** Filters of a service list, as parsed from `ServiceListQuery`. */
export interface ServiceFilters {
  partner?: string | undefined;
  group?: ServiceGroup | undefined;
  tag?: CatalogTag | undefined;
  area?: string | undefined;
  deliveryMode?: DeliveryMode | undefined;
  q?: string | undefined;
  minPrice?: number | undefined;
  maxPrice?: number | undefined;
}

/** Filters of a partner list, as parsed from `PartnerListQuery`. */
export interface PartnerFilters {
  organisationType?: OrganisationType | undefined;
  q?: string | undefined;
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Case-insensitive substring search over the given fields. */
function matchesText(needle: string | undefined, fields: readonly string[]): boolean {
  if (!needle) return true;
  const folded = fold(needle);
  return fields.some((field) => fold(field).includes(folded));
}

/** An item without a price (a quote) never matches a price range. */
function inPriceRange(price: number | null, min: number | undefined, max: number | undefined): boolean {
  if (min === undefined && max === undefined) return true;
  if (price === null) return false;
  return (min === undefined || price >= min) && (max === undefined || price <= max);
}

export function filterProducts(products: readonly Product[], filters: ProductFilters): Product[] {
  return products.filter(
    (p) =>
      (filters.partner === undefined || p.partnerId === filters.partner) &&
      (filters.category === undefined || p.category === filters.category) &&
      (filters.tag === undefined || p.tags.includes(filters.tag)) &&
      inPriceRange(p.price, filters.minPrice, filters.maxPrice) &&
      matchesText(filters.q, [p.title, p.summary, p.partner.name]),
  );
}

/**
 * A service serves an area when one of its areas is that region (any district of it) or when it
 * serves the whole country (`nationwide`).
 */
export function servesArea(service: Service, area: string): boolean {
  return service.areas.some((a) => a.region === area || a.region === 'nationwide');
}

export function filterServices(services: readonly Service[], filters: ServiceFilters): Service[] {
  return services.filter(
    (s) =>
      (filters.partner === undefined || s.partnerId === filters.partner) &&
      (filters.group === undefined || s.group === filters.group) &&
      (filters.tag === undefined || s.tags.includes(filters.tag)) &&
      (filters.area === undefined || servesArea(s, filters.area)) &&
      (filters.deliveryMode === undefined || s.deliveryModes.includes(filters.deliveryMode)) &&
      inPriceRange(servicePrice(s), filters.minPrice, filters.maxPrice) &&
      matchesText(filters.q, [s.title, s.summary, s.partner.name]),
  );
}

export function filterPartners(partners: readonly Partner[], filters: PartnerFilters): Partner[] {
  return partners.filter(
    (p) =>
      (filters.organisationType === undefined || p.organisationType === filters.organisationType) &&
      matchesText(filters.q, [p.name, p.story]),
  );
}
