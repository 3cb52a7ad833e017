import * as z from 'zod/mini';
import { Krw, PartnerId, ProductId, ServiceId, plainText, idSchema } from '../primitives/fields.js';
import type { IdKind } from '../primitives/ids.js';
import { OrganisationType } from '../entities/partner.js';
import { CatalogTag, ProductCategory } from '../entities/product.js';
import { DeliveryMode, KoreanRegionCode, ServiceGroup } from '../entities/service.js';
import { named } from '../registry.js';
import { MAX_BATCH_IDS, MAX_PAGE_LIMIT } from './page.js';

const limit = z.optional(
  z.coerce.number().check(
    z.int({ error: 'must be a whole number' }),
    z.gte(1, { error: 'must be at least 1' }),
    z.lte(MAX_PAGE_LIMIT, { error: `must be at most ${MAX_PAGE_LIMIT}` }),
  ),
);
const cursor = z.optional(z.string().check(z.minLength(1), z.maxLength(300)));
const money = z.optional(z.pipe(z.coerce.number({ error: 'must be a number of won' }), Krw));
const q = z.optional(plainText(100));

export const LIST_SORTS = ['newest', 'price_asc', 'price_desc', 'title'] as const;
export type ListSort = (typeof LIST_SORTS)[number];
const sort = z.optional(z.enum(LIST_SORTS));

function priceRangeIsOrdered(value: unknown): boolean {
  const v = value as { minPrice?: number; maxPrice?: number };
  return v.minPrice === undefined || v.maxPrice === undefined || v.minPrice <= v.maxPrice;
}
const priceRangeCheck = z.refine(priceRangeIsOrdered, {
  error: 'must not be below minPrice',
  path: ['maxPrice'],
});

export const ProductListQuery = named(
  'ProductListQuery',
  z.strictObject({
    partner: z.optional(PartnerId),
    category: z.optional(ProductCategory),
    tag: z.optional(CatalogTag),
    q,
    minPrice: money,
    maxPrice: money,
    sort,
    cursor,
    limit,
  }).check(priceRangeCheck),
);
export type ProductListQuery = z.input<typeof ProductListQuery>;

export const ServiceListQuery = named(
  'ServiceListQuery',
  z.strictObject({
    partner: z.optional(PartnerId),
    group: z.optional(ServiceGroup),
    tag: z.optional(CatalogTag),
    area: z.optional(KoreanRegionCode),
    deliveryMode: z.optional(DeliveryMode),
    q,
    minPrice: money,
    maxPrice: money,
    sort,
    cursor,
    limit,
  }).check(priceRangeCheck),
);
export type ServiceListQuery = z.input<typeof ServiceListQuery>;

export const PartnerListQuery = named(
  'PartnerListQuery',
  z.strictObject({
    organisationType: z.optional(OrganisationType),
    q,
    cursor,
    limit,
  }),
);
export type PartnerListQuery = z.input<typeof PartnerListQuery>;

function idList(kind: IdKind) {
  return z.pipe(
    z.pipe(
      z.string().check(z.maxLength(MAX_BATCH_IDS * 40)),
      z.transform((s: string) => [...new Set(s.split(',').map((id) => id.trim()).filter(Boolean))]),
    ),
    z.array(idSchema(kind)).check(
      z.minLength(1, { error: 'must name at least one id' }),
      z.maxLength(MAX_BATCH_IDS, { error: `must name at most ${MAX_BATCH_IDS} ids` }),
    ),
  );
}

/** `?ids=prd_a,prd_b`: up to 100 comma-separated ids; duplicates are ignored. */
export const ProductBatchQuery = named('ProductBatchQuery', z.strictObject({ ids: idList('product') }));
export const ServiceBatchQuery = named('ServiceBatchQuery', z.strictObject({ ids: idList('service') }));

export const ProductIdParams = z.strictObject({ id: ProductId });
export const ServiceIdParams = z.strictObject({ id: ServiceId });
export const PartnerIdParams = z.strictObject({ id: PartnerId });
