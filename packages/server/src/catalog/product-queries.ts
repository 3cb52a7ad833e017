import type { ListSort, Product } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { keysetPage, type KeysetPage } from './keyset-page.js';
import type { SortSpec } from './list-sort.js';
import type { OutputContext } from './output-context.js';
import { PRODUCT_COLUMNS, PRODUCT_FROM, PUBLIC_PRODUCT, toProduct, type ProductRow } from './product-rows.js';
import { SqlParams, priceRangeConditions, textSearchCondition } from './sql-params.js';

/** A validated `ProductListQuery`. */
export interface ProductFilters {
  partner?: string | undefined;
  category?: string | undefined;
  tag?: string | undefined;
  q?: string | undefined;
  minPrice?: number | undefined;
  maxPrice?: number | undefined;
  sort?: ListSort | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

const PRODUCT_SORTS: Record<ListSort, SortSpec> = {
  newest: { sort: 'newest', expression: 'p.created_at', direction: 'DESC', keyType: 'timestamp' },
  price_asc: { sort: 'price_asc', expression: 'p.price', direction: 'ASC', keyType: 'number' },
  price_desc: { sort: 'price_desc', expression: 'p.price', direction: 'DESC', keyType: 'number' },
  title: { sort: 'title', expression: 'p.title', direction: 'ASC', keyType: 'text' },
};

/** Public products matching the filters, one keyset page in the asked order (newest first by default). */
export async function listProducts(db: Queryable, filters: ProductFilters, ctx: OutputContext): Promise<KeysetPage<Product>> {
  const params = new SqlParams();
  const where = [PUBLIC_PRODUCT];
  if (filters.partner !== undefined) where.push(`p.partner_id = ${params.add(filters.partner)}`);
  if (filters.category !== undefined) where.push(`p.category = ${params.add(filters.category)}`);
  if (filters.tag !== undefined) where.push(`p.tags @> ARRAY[${params.add(filters.tag)}::text]`);
  where.push(...priceRangeConditions(params, 'p.price', filters.minPrice, filters.maxPrice));
  if (filters.q !== undefined && filters.q !== '') where.push(textSearchCondition(params, filters.q, ['p.title', 'p.summary', 'pa.name']));
  const page = await keysetPage<ProductRow>(db, {
    columns: PRODUCT_COLUMNS,
    from: PRODUCT_FROM,
    where,
    params,
    sort: PRODUCT_SORTS[filters.sort ?? 'newest'],
    idColumn: 'p.id',
    idKind: 'product',
    cursor: filters.cursor,
    limit: filters.limit,
  });
  return { ...page, rows: page.rows.map((row) => toProduct(row, ctx)) };
}

/** Public products with these ids, in the order asked; absent for ids not found or not public. */
export async function getProductsByIds(db: Queryable, ids: readonly string[], ctx: OutputContext): Promise<Map<string, Product>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<ProductRow>(
    `SELECT ${PRODUCT_COLUMNS} FROM ${PRODUCT_FROM} WHERE ${PUBLIC_PRODUCT} AND p.id = ANY($1::text[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, toProduct(row, ctx)]));
}

export async function getProduct(db: Queryable, id: string, ctx: OutputContext): Promise<Product | null> {
  return (await getProductsByIds(db, [id], ctx)).get(id) ?? null;
}
