import { REFERRAL_CODE_PATTERN, type MarketCreator } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { findMarketCreatorByCode } from './referral-store.js';

/** The MC with this referral code when it is active; null for a malformed, unknown or suspended code. */
export async function activeMarketCreator(q: Queryable, code: string): Promise<MarketCreator | null> {
  const mc = REFERRAL_CODE_PATTERN.test(code) ? await findMarketCreatorByCode(q, code) : null;
  return mc?.status === 'active' ? mc : null;
}
