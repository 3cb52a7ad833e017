import * as z from 'zod/mini';
import { Image, IsoDateTime, Krw, ProductId, plainText } from '../primitives/fields.js';
import { named } from '../registry.js';
import { PartnerId } from '../primitives/fields.js';
import { PartnerSummary } from './partner.js';

export const PRODUCT_CATEGORIES = [
  'food', // 식품
  'beverage', // 음료·차
  'living', // 생활용품
  'crafts', // 공예
  'fashion', // 의류·잡화
  'beauty', // 뷰티
  'kids', // 유아·아동
  'stationery', // 문구·도서
  'energy', // 에너지
  'pets', // 반려동물
] as const;
export const ProductCategory = named('ProductCategory', z.enum(PRODUCT_CATEGORIES));
export type ProductCategory = z.infer<typeof ProductCategory>;

/** Value tags shared by products and services. */
export const CATALOG_TAGS = [
  'eco_friendly', // 친환경
  'fair_trade', // 공정무역
  'local', // 로컬
  'organic', // 유기농
  'handmade', // 수제
  'haccp', // HACCP
  'upcycled', // 업사이클
  'vegan', // 비건
  'disability_employment', // 장애인 고용
  'senior_employment', // 어르신 일자리
] as const;
export const CatalogTag = named('CatalogTag', z.enum(CATALOG_TAGS));
export type CatalogTag = z.infer<typeof CatalogTag>;

export const PRODUCT_STATUSES = ['draft', 'active', 'hidden', 'discontinued'] as const;
export const ProductStatus = named('ProductStatus', z.enum(PRODUCT_STATUSES));
export type ProductStatus = z.infer<typeof ProductStatus>;

/** Derived by the server from stock: `low_stock` at 5 or fewer. */
export const STOCK_STATES = ['in_stock', 'low_stock', 'sold_out'] as const;
export const StockState = named('StockState', z.enum(STOCK_STATES));
export type StockState = z.infer<typeof StockState>;

export const ProductVariant = named(
  'ProductVariant',
  z.object({
    id: z.string().check(z.regex(/^[a-z0-9-]{1,32}$/)),
    /** e.g. `1kg`, `선물세트 3종`. */
    label: plainText(80),
    price: Krw,
    listPrice: z.nullable(Krw),
    /** null when stock is not tracked. */
    stock: z.nullable(z.int().check(z.gte(0))),
    stockState: StockState,
  }),
);
export type ProductVariant = z.infer<typeof ProductVariant>;

export const SHIPPING_BUNDLING = ['per_partner', 'per_product'] as const;

export const ShippingPolicy = named(
  'ShippingPolicy',
  z.object({
    /** Base fee in won; 0 for free shipping. */
    fee: Krw,
    /** Order amount (per partner) from which shipping is free; null when never free. */
    freeOver: z.nullable(Krw),
    /** `per_partner`: one fee for everything from the same partner; `per_product`: one fee per product. */
    bundling: z.enum(SHIPPING_BUNDLING),
    /** Extra fee for Jeju and remote islands (제주·도서산간). */
    remoteAreaFee: Krw,
  }),
);
export type ShippingPolicy = z.infer<typeof ShippingPolicy>;

export const Product = named(
  'Product',
  z.object({
    id: ProductId,
    object: z.literal('product'),
    partnerId: PartnerId,
    partner: PartnerSummary,
    title: plainText(120),
    summary: plainText(300, 0),
    /** Rich text as HTML, sanitised by the server on output (safe to insert). */
    descriptionHtml: z.string(),
    images: z.array(Image),
    /** Price in won; the lowest variant price when the product has variants. */
    price: Krw,
    /** Price before discount, shown struck through; null when not discounted. */
    listPrice: z.nullable(Krw),
    variants: z.array(ProductVariant),
    /** Stock of the product without variants; null when not tracked. */
    stock: z.nullable(z.int().check(z.gte(0))),
    stockState: StockState,
    shipping: ShippingPolicy,
    category: ProductCategory,
    tags: z.array(CatalogTag),
    status: ProductStatus,
    /** Canonical page of the product on The CEN. */
    url: z.string(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  }),
  'A product (상품) sold by a partner.',
);
export type Product = z.infer<typeof Product>;
