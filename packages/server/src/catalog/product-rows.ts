import type { CatalogTag, Image, Product, ProductCategory, ProductStatus, ProductVariant, ShippingPolicy } from '@thecen/schema';
import { absoluteImages, itemPageUrl, type OutputContext } from './output-context.js';
import { PARTNER_SUMMARY_COLUMNS, toPartnerSummary, type PartnerSummaryColumns } from './partner-summary.js';
import { sanitizeDescriptionHtml } from './sanitize-description-html.js';
import { deriveProductStockState, deriveStockState } from '@thecen/schema';

/** Selected by every product query: the product, its variants in order, and its partner. */
export const PRODUCT_COLUMNS = `
  p.id, p.partner_id, p.title, p.summary, p.description_html, p.images, p.price, p.list_price, p.stock,
    p.shipping, p.category, p.tags, p.status, p.created_at, p.updated_at, ${PARTNER_SUMMARY_COLUMNS},
    COALESCE((
      SELECT jsonb_agg(jsonb_build_object('id', v.id, 'label', v.label, 'price', v.price,
        'listPrice', v.list_price, 'stock', v.stock) ORDER BY v.position)
      FROM product_variants v WHERE v.product_id = p.id
    ), '[]'::jsonb) AS variants`;

export const PRODUCT_FROM = `products p JOIN partners pa ON pa.id = p.partner_id`;

/** Only active products of active partners are public. */
export const PUBLIC_PRODUCT = `p.status = 'active' AND pa.status = 'active'`;

export interface ProductRow extends PartnerSummaryColumns {
  id: string;
  title: string;
  summary: string;
  description_html: string;
  images: Image[];
  price: number;
  list_price: number | null;
  stock: number | null;
  shipping: ShippingPolicy;
  category: ProductCategory;
  tags: CatalogTag[];
  status: ProductStatus;
  created_at: Date;
  updated_at: Date;
  variants: { id: string; label: string; price: number; listPrice: number | null; stock: number | null }[];
}

export function toProduct(row: ProductRow, ctx: OutputContext): Product {
  const variants: ProductVariant[] = row.variants.map((v) => ({ ...v, stockState: deriveStockState(v.stock) }));
  return {
    id: row.id,
    object: 'product',
    partnerId: row.partner_id,
    partner: toPartnerSummary(row, ctx),
    title: row.title,
    summary: row.summary,
    descriptionHtml: sanitizeDescriptionHtml(row.description_html),
    images: absoluteImages(row.images, ctx),
    price: row.price,
    listPrice: row.list_price,
    variants,
    stock: row.stock,
    stockState: deriveProductStockState(row.stock, row.variants.map((v) => v.stock)),
    shipping: row.shipping,
    category: row.category,
    tags: row.tags,
    status: row.status,
    url: itemPageUrl('products', row.id, ctx),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
