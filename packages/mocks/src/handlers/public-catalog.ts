import type { Partner, Product, Service } from '@thecen/schema';
import type { CatalogFixtures } from '../fixtures/catalog-fixtures.js';

/** What buyers may see: active partners, and active products and services of active partners. */
export interface PublicCatalog {
  partners: Partner[];
  products: Product[];
  services: Service[];
  partnerById: Map<string, Partner>;
  productById: Map<string, Product>;
  serviceById: Map<string, Service>;
}

export function toPublicCatalog(fixtures: CatalogFixtures): PublicCatalog {
  const partners = fixtures.partners.filter((p) => p.status === 'active');
  const activePartnerIds = new Set(partners.map((p) => p.id));
  const products = fixtures.products.filter((p) => p.status === 'active' && activePartnerIds.has(p.partnerId));
  const services = fixtures.services.filter((s) => s.status === 'active' && activePartnerIds.has(s.partnerId));
  return {
    partners,
    products,
    services,
    partnerById: new Map(partners.map((p) => [p.id, p])),
    productById: new Map(products.map((p) => [p.id, p])),
    serviceById: new Map(services.map((s) => [s.id, s])),
  };
}
