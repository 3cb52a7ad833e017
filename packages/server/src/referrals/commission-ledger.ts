import { commissionOf, type CommissionLine } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { newId } from '../orders/new-id.js';
import { commissionRulesOf } from './referral-store.js';

const PAID_ORDER = ['paid', 'partially_refunded', 'refunded'];

/** The order's lines with their partner and the won that still counts (paid minus refunded). */
export async function commissionLinesOf(q: Queryable, orderId: string): Promise<CommissionLine[]> {
  return q.query<CommissionLine>(
    `SELECT ol.product_id AS "productId", so.partner_id AS "partnerId",
            (ol.unit_price * (ol.quantity - ol.refunded_quantity))::bigint AS "netAmount"
       FROM order_lines ol JOIN sub_orders so ON so.id = ol.sub_order_id
      WHERE ol.order_id = $1 ORDER BY ol.position`,
    [orderId],
  );
}

/**
 * Brings a paid order's commission ledger up to date, inside the caller's transaction (the one
 * that marks the order paid, or applies a refund): per role, one entry for the difference between
 * `commissionOf(lines net of refunds)` and what the ledger already holds — `pending` when it
 * earns, `reversed` (negative) when a refund takes it back. So an order's entries always sum to
 * its commission. Orders without an attributed referral, or not paid, get nothing.
 */
export async function settleCommission(tx: Queryable, orderId: string, now: Date): Promise<void> {
  const [order] = await tx.query<{ channel_id: string; status: string; referral_mc_id: string | null; referral_content_id: string | null }>(
    'SELECT channel_id, status, referral_mc_id, referral_content_id FROM orders WHERE id = $1',
    [orderId],
  );
  if (!order || !PAID_ORDER.includes(order.status) || (!order.referral_mc_id && !order.referral_content_id)) return;
  const rules = await commissionRulesOf(tx, order.channel_id);
  const lines = await commissionLinesOf(tx, orderId);
  const earners: { role: 'mc' | 'cc'; creatorId: string; selfPartnerId: string | null }[] = [];
  if (order.referral_mc_id) {
    const [mc] = await tx.query<{ partner_id: string | null }>('SELECT partner_id FROM market_creators WHERE id = $1', [order.referral_mc_id]);
    earners.push({ role: 'mc', creatorId: order.referral_mc_id, selfPartnerId: mc?.partner_id ?? null });
  }
  if (order.referral_content_id) {
    const [content] = await tx.query<{ creator_id: string }>('SELECT creator_id FROM content_items WHERE id = $1', [order.referral_content_id]);
    if (content) earners.push({ role: 'cc', creatorId: content.creator_id, selfPartnerId: null });
  }
  for (const earner of earners) {
    const target = commissionOf(lines, rules, earner.role, earner.selfPartnerId);
    const [held] = await tx.query<{ amount: number; entries: number }>(
      'SELECT COALESCE(sum(amount), 0)::bigint AS amount, count(*)::int AS entries FROM commission_ledger WHERE order_id = $1 AND role = $2',
      [orderId, earner.role],
    );
    const difference = target.amount - (held?.amount ?? 0);
    if (difference === 0) continue;
    const rateBps = target.base > 0 ? Math.min(10_000, Math.round((target.amount * 10_000) / target.base)) : 0;
    await tx.query(
      `INSERT INTO commission_ledger (id, role, creator_id, order_id, base, rate_bps, amount, status, created_at, payable_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL)`,
      [newId('ledgerEntry'), earner.role, earner.creatorId, orderId, target.base, rateBps, difference, difference > 0 ? 'pending' : 'reversed', now],
    );
  }
}
