import { CheckoutTerms } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { loadCheckoutSettings } from './checkout-settings.js';

export interface StoredCheckoutTerms {
  version: number;
  terms: CheckoutTerms;
}

/**
 * Stores a new version of a channel's checkout terms (checked against the schema first) and
 * returns its version number. Orders keep referring to the version their buyer saw.
 */
export async function saveCheckoutTerms(db: Queryable, channelId: string, terms: CheckoutTerms): Promise<number> {
  const result = CheckoutTerms.safeParse(terms);
  if (!result.success) throw new Error(`invalid checkout terms: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  const [row] = await db.query<{ version: number }>(
    `INSERT INTO channel_checkout_terms (channel_id, version, terms)
     VALUES ($1, COALESCE((SELECT max(version) FROM channel_checkout_terms WHERE channel_id = $1), 0) + 1, $2::jsonb)
     RETURNING version`,
    [channelId, JSON.stringify(result.data)],
  );
  return row!.version;
}

/**
 * The channel's current checkout terms, with the virtual-account deadline taken from its
 * settings (one source for that number); null when the channel has none.
 */
export async function loadCheckoutTerms(db: Queryable, channelId: string): Promise<StoredCheckoutTerms | null> {
  const [row] = await db.query<{ version: number; terms: CheckoutTerms }>(
    'SELECT version, terms FROM channel_checkout_terms WHERE channel_id = $1 ORDER BY version DESC LIMIT 1',
    [channelId],
  );
  if (!row) return null;
  const settings = await loadCheckoutSettings(db, channelId);
  return { version: row.version, terms: { ...row.terms, virtualAccountHours: settings.virtualAccountHours } };
}

export async function channelHasCheckoutTerms(db: Queryable, channelId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM channel_checkout_terms WHERE channel_id = $1 LIMIT 1', [channelId])).length > 0;
}
