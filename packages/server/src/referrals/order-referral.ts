import { isWithinWindow, type ReferralInput } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { referralWindowDays } from './referral-store.js';

export interface AttributedReferral {
  mcId: string | null;
  contentId: string | null;
  clickId: string | null;
  capturedAt: Date;
}

/**
 * What of a checkout's referral counts: an active MC (by code) and/or an existing content item
 * of an active creator, captured within the channel's window, with a click id (if any) that was
 * recorded for that MC. Anything else is ignored (null) — a referral never blocks a purchase.
 */
export async function attributableReferral(
  q: Queryable,
  channelId: string,
  referral: ReferralInput | undefined,
  now: Date,
): Promise<AttributedReferral | null> {
  if (!referral || (!referral.mcCode && !referral.contentId)) return null;
  if (!isWithinWindow(referral, now, await referralWindowDays(q, channelId))) return null;
  let mcId: string | null = null;
  if (referral.mcCode) {
    const [mc] = await q.query<{ id: string }>(`SELECT id FROM market_creators WHERE code = $1 AND status = 'active'`, [referral.mcCode]);
    if (!mc) return null;
    mcId = mc.id;
  }
  let contentId: string | null = null;
  if (referral.contentId) {
    const [content] = await q.query<{ id: string }>(
      `SELECT ci.id FROM content_items ci JOIN content_creators cc ON cc.id = ci.creator_id WHERE ci.id = $1 AND cc.status = 'active'`,
      [referral.contentId],
    );
    contentId = content?.id ?? null;
    if (!contentId && !mcId) return null;
  }
  let clickId: string | null = null;
  if (referral.clickId) {
    const [click] = await q.query<{ id: string }>(
      'SELECT id FROM referral_clicks WHERE id = $1 AND mc_id IS NOT DISTINCT FROM $2',
      [referral.clickId, mcId],
    );
    // A click id of another referrer means the referral was tampered with: none of it counts.
    if (!click) return null;
    clickId = click.id;
  }
  return { mcId, contentId, clickId, capturedAt: new Date(referral.capturedAt) };
}

/** Stores the attributable part of a checkout's referral on a new order (inside its transaction); true when something counted. */
export async function storeOrderReferral(
  tx: Queryable,
  order: { id: string; channelId: string },
  referral: ReferralInput | undefined,
  now: Date,
): Promise<boolean> {
  const attributed = await attributableReferral(tx, order.channelId, referral, now);
  if (!attributed) return false;
  await tx.query(
    `UPDATE orders SET referral_mc_id = $2, referral_content_id = $3, referral_click_id = $4, referral_captured_at = $5 WHERE id = $1`,
    [order.id, attributed.mcId, attributed.contentId, attributed.clickId, attributed.capturedAt],
  );
  return true;
}

/**
 * Stores the attributable part of a hold's or an inquiry's referral on the new booking (inside
 * its transaction); an invalid one is ignored, never blocking the booking.
 */
export async function storeBookingReferral(
  tx: Queryable,
  booking: { id: string; channelId: string },
  referral: ReferralInput | undefined,
  now: Date,
): Promise<void> {
  const attributed = await attributableReferral(tx, booking.channelId, referral, now);
  if (!attributed) return;
  await tx.query(
    `UPDATE bookings SET referral_mc_id = $2, referral_content_id = $3, referral_click_id = $4, referral_captured_at = $5 WHERE id = $1`,
    [booking.id, attributed.mcId, attributed.contentId, attributed.clickId, attributed.capturedAt],
  );
}

/**
 * An order placed without an attributable referral of its own takes the one of its first
 * booking (in the cart's order) that has one — attributed when the booking was made, so a
 * consultation that took longer than the window still earns — and its commission is then
 * settled like any order's. Inside the order's transaction.
 */
export async function adoptBookingReferral(tx: Queryable, orderId: string, bookingIds: readonly string[]): Promise<boolean> {
  if (bookingIds.length === 0) return false;
  const rows = await tx.query<{ id: string; referral_mc_id: string | null; referral_content_id: string | null; referral_click_id: string | null; referral_captured_at: Date | null }>(
    `SELECT id, referral_mc_id, referral_content_id, referral_click_id, referral_captured_at FROM bookings
      WHERE id = ANY($1::text[]) AND (referral_mc_id IS NOT NULL OR referral_content_id IS NOT NULL)`,
    [bookingIds],
  );
  const first = bookingIds.map((id) => rows.find((r) => r.id === id)).find((r) => r !== undefined);
  if (!first) return false;
  await tx.query(
    `UPDATE orders SET referral_mc_id = $2, referral_content_id = $3, referral_click_id = $4, referral_captured_at = $5 WHERE id = $1`,
    [orderId, first.referral_mc_id, first.referral_content_id, first.referral_click_id, first.referral_captured_at],
  );
  return true;
}

/**
 * An order placed under a publishable key that carries a Market Creator identity (a co-op site
 * acting as a corporate MC), and that brought no referral of its own or of its bookings, is
 * attributed to that MC while it is active. The ledger's self rule keeps the MC's own partner's
 * lines from earning. Inside the order's transaction.
 */
export async function adoptChannelMarketCreator(tx: Queryable, order: { id: string; channelId: string }, now: Date): Promise<boolean> {
  const [mc] = await tx.query<{ id: string }>(
    `SELECT mc.id FROM channels ch JOIN market_creators mc ON mc.id = ch.market_creator_id WHERE ch.id = $1 AND mc.status = 'active'`,
    [order.channelId],
  );
  if (!mc) return false;
  await tx.query('UPDATE orders SET referral_mc_id = $2, referral_captured_at = $3 WHERE id = $1', [order.id, mc.id, now]);
  return true;
}
