import type { ListSort, Service } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { keysetPage, type KeysetPage } from './keyset-page.js';
import type { SortSpec } from './list-sort.js';
import type { OutputContext } from './output-context.js';
import { PUBLIC_SERVICE, SERVICE_COLUMNS, SERVICE_FROM, toService, type ServiceRow } from './service-rows.js';
import { SqlParams, priceRangeConditions, textSearchCondition } from './sql-params.js';

/** A validated `ServiceListQuery`. */
export interface ServiceFilters {
  partner?: string | undefined;
  group?: string | undefined;
  tag?: string | undefined;
  area?: string | undefined;
  deliveryMode?: string | undefined;
  q?: string | undefined;
  minPrice?: number | undefined;
  maxPrice?: number | undefined;
  sort?: ListSort | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/**
 * Services quoted after consultation have no price: they come after the priced ones in both
 * price orders (the expressions match the indexes of migration 001).
 */
const SERVICE_SORTS: Record<ListSort, SortSpec> = {
  newest: { sort: 'newest', expression: 's.created_at', direction: 'DESC', keyType: 'timestamp' },
  price_asc: { sort: 'price_asc', expression: 'COALESCE(s.price, 9007199254740991)', direction: 'ASC', keyType: 'number' },
  price_desc: { sort: 'price_desc', expression: 'COALESCE(s.price, -1)', direction: 'DESC', keyType: 'number' },
  title: { sort: 'title', expression: 's.title', direction: 'ASC', keyType: 'text' },
};

/**
 * Public services matching the filters. The price range applies to fixed and "from" prices, so
 * it leaves out services quoted after consultation; `area` matches a region a service lists.
 */
export async function listServices(db: Queryable, filters: ServiceFilters, ctx: OutputContext): Promise<KeysetPage<Service>> {
  const params = new SqlParams();
  const where = [PUBLIC_SERVICE];
  if (filters.partner !== undefined) where.push(`s.partner_id = ${params.add(filters.partner)}`);
  if (filters.group !== undefined) where.push(`s.service_group = ${params.add(filters.group)}`);
  if (filters.tag !== undefined) where.push(`s.tags @> ARRAY[${params.add(filters.tag)}::text]`);
  if (filters.area !== undefined) where.push(`s.area_regions @> ARRAY[${params.add(filters.area)}::text]`);
  if (filters.deliveryMode !== undefined) where.push(`s.delivery_modes @> ARRAY[${params.add(filters.deliveryMode)}::text]`);
  where.push(...priceRangeConditions(params, 's.price', filters.minPrice, filters.maxPrice));
  if (filters.q !== undefined && filters.q !== '') where.push(textSearchCondition(params, filters.q, ['s.title', 's.summary', 'pa.name']));
  const page = await keysetPage<ServiceRow>(db, {
    columns: SERVICE_COLUMNS,
    from: SERVICE_FROM,
    where,
    params,
    sort: SERVICE_SORTS[filters.sort ?? 'newest'],
    idColumn: 's.id',
    idKind: 'service',
    cursor: filters.cursor,
    limit: filters.limit,
  });
  return { ...page, rows: page.rows.map((row) => toService(row, ctx)) };
}

export async function getServicesByIds(db: Queryable, ids: readonly string[], ctx: OutputContext): Promise<Map<string, Service>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<ServiceRow>(
    `SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM} WHERE ${PUBLIC_SERVICE} AND s.id = ANY($1::text[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, toService(row, ctx)]));
}

export async function getService(db: Queryable, id: string, ctx: OutputContext): Promise<Service | null> {
  return (await getServicesByIds(db, [id], ctx)).get(id) ?? null;
}
