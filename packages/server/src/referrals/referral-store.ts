import { DEFAULT_ATTRIBUTION_WINDOW_DAYS, type CommissionRule, type MarketCreator } from '@thecen/schema';
import type { Queryable } from '../db/database.js';

interface MarketCreatorRow {
  id: string;
  code: string;
  kind: MarketCreator['kind'];
  display_name: string;
  avatar: MarketCreator['avatar'];
  introduction: string;
  status: MarketCreator['status'];
  partner_id: string | null;
}

function marketCreatorOf(row: MarketCreatorRow): MarketCreator {
  return {
    id: row.id,
    object: 'market_creator',
    code: row.code,
    kind: row.kind,
    displayName: row.display_name,
    avatar: row.avatar,
    introduction: row.introduction,
    status: row.status,
    partnerId: row.partner_id,
  };
}

/** The MC with this referral code, whatever its status; null when there is none. */
export async function findMarketCreatorByCode(q: Queryable, code: string): Promise<MarketCreator | null> {
  const [row] = await q.query<MarketCreatorRow>('SELECT * FROM market_creators WHERE code = $1', [code]);
  return row ? marketCreatorOf(row) : null;
}

export async function findMarketCreatorById(q: Queryable, id: string): Promise<MarketCreator | null> {
  const [row] = await q.query<MarketCreatorRow>('SELECT * FROM market_creators WHERE id = $1', [id]);
  return row ? marketCreatorOf(row) : null;
}

/** The channel's commission rules, in the shape `commissionOf` reads. */
export async function commissionRulesOf(q: Queryable, channelId: string): Promise<CommissionRule[]> {
  const rows = await q.query<{ role: 'mc' | 'cc'; scope: CommissionRule['scope']; target_id: string; rate_bps: number }>(
    'SELECT role, scope, target_id, rate_bps FROM commission_rules WHERE channel_id = $1',
    [channelId],
  );
  return rows.map((r) => ({ role: r.role, scope: r.scope, targetId: r.scope === 'default' ? null : r.target_id, rateBps: r.rate_bps }));
}

/** The channel's attribution window in days (30 without settings). */
export async function referralWindowDays(q: Queryable, channelId: string): Promise<number> {
  const [row] = await q.query<{ referral_window_days: number }>(
    'SELECT referral_window_days FROM channel_checkout_settings WHERE channel_id = $1',
    [channelId],
  );
  return row?.referral_window_days ?? DEFAULT_ATTRIBUTION_WINDOW_DAYS;
}
