import type { Queryable } from '../db/database.js';

/** Numbers of a channel's checkout that are data, not code (KOREA.md). */
export interface CheckoutSettings {
  /** Minutes stock stays reserved for an unpaid card payment. */
  cardHoldMinutes: number;
  /** Hours a virtual account stays open for the deposit. */
  virtualAccountHours: number;
}

export const DEFAULT_CHECKOUT_SETTINGS: CheckoutSettings = { cardHoldMinutes: 30, virtualAccountHours: 24 };

/** The channel's settings; the defaults when it has no row. */
export async function loadCheckoutSettings(db: Queryable, channelId: string): Promise<CheckoutSettings> {
  const [row] = await db.query<{ card_hold_minutes: number; virtual_account_hours: number }>(
    'SELECT card_hold_minutes, virtual_account_hours FROM channel_checkout_settings WHERE channel_id = $1',
    [channelId],
  );
  return row ? { cardHoldMinutes: row.card_hold_minutes, virtualAccountHours: row.virtual_account_hours } : { ...DEFAULT_CHECKOUT_SETTINGS };
}

export async function saveCheckoutSettings(db: Queryable, channelId: string, settings: Partial<CheckoutSettings>): Promise<void> {
  const merged = { ...(await loadCheckoutSettings(db, channelId)), ...settings };
  await db.query(
    `INSERT INTO channel_checkout_settings (channel_id, card_hold_minutes, virtual_account_hours, updated_at)
     VALUES ($1, $2, $3, now())
     ON CONFLICT (channel_id) DO UPDATE SET card_hold_minutes = $2, virtual_account_hours = $3, updated_at = now()`,
    [channelId, merged.cardHoldMinutes, merged.virtualAccountHours],
  );
}
