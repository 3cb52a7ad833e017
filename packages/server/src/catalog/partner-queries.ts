import type { Partner } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { keysetPage, type KeysetPage } from './keyset-page.js';
import type { SortSpec } from './list-sort.js';
import type { OutputContext } from './output-context.js';
import { PARTNER_COLUMNS, PARTNER_FROM, PUBLIC_PARTNER, toPartner, type PartnerRow } from './partner-rows.js';
import { SqlParams, textSearchCondition } from './sql-params.js';

/** A validated `PartnerListQuery`. */
export interface PartnerFilters {
  organisationType?: string | undefined;
  q?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

const BY_NAME: SortSpec = { sort: 'name', expression: 'pa.name', direction: 'ASC', keyType: 'text' };

/** Active partners by name. */
export async function listPartners(db: Queryable, filters: PartnerFilters, ctx: OutputContext): Promise<KeysetPage<Partner>> {
  const params = new SqlParams();
  const where = [PUBLIC_PARTNER];
  if (filters.organisationType !== undefined) where.push(`pa.organisation_type = ${params.add(filters.organisationType)}`);
  if (filters.q !== undefined && filters.q !== '') {
    where.push(textSearchCondition(params, filters.q, ['pa.name']));
  }
  const page = await keysetPage<PartnerRow>(db, {
    columns: PARTNER_COLUMNS,
    from: PARTNER_FROM,
    where,
    params,
    sort: BY_NAME,
    idColumn: 'pa.id',
    idKind: 'partner',
    cursor: filters.cursor,
    limit: filters.limit,
  });
  return { ...page, rows: page.rows.map((row) => toPartner(row, ctx)) };
}

/** An active partner's public profile, or null. */
export async function getPartner(db: Queryable, id: string, ctx: OutputContext): Promise<Partner | null> {
  const [row] = await db.query<PartnerRow>(`SELECT ${PARTNER_COLUMNS} FROM ${PARTNER_FROM} WHERE ${PUBLIC_PARTNER} AND pa.id = $1`, [id]);
  return row ? toPartner(row, ctx) : null;
}
