import { commissionOf, commissionRate, type CommissionLine, type CommissionRule } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { newId } from '../orders/new-id.js';
import { commissionRulesOf } from './referral-store.js';

const PAID_ORDER = ['paid', 'partially_refunded', 'refunded'];

type Role = 'mc' | 'cc';

/** A line of an order as commission sees it. */
export interface OrderCommissionLine extends CommissionLine {
  lineId: string;
}

/** The order's lines with their partner and the won that still counts (paid minus refunded). */
export async function commissionLinesOf(q: Queryable, orderId: string): Promise<OrderCommissionLine[]> {
  return q.query<OrderCommissionLine>(
    `SELECT ol.id AS "lineId", ol.product_id AS "productId", so.partner_id AS "partnerId",
            (ol.unit_price * (ol.quantity - ol.refunded_quantity))::bigint AS "netAmount"
       FROM order_lines ol JOIN sub_orders so ON so.id = ol.sub_order_id
      WHERE ol.order_id = $1 ORDER BY ol.position`,
    [orderId],
  );
}

/**
 * The rate each attributed line of the order earns for a role, fixed at the order's first
 * settlement (its payment) from the channel's rules then: one `commission_line_rates` row per
 * line — a partner's own lines (a corporate MC selling its own products) get none, they never
 * earn. Later settlements read the same rows, so a rule changed after the payment changes
 * neither what the order earns nor what its refunds take back.
 */
async function lockedRatesOf(
  tx: Queryable,
  orderId: string,
  role: Role,
  lines: readonly OrderCommissionLine[],
  selfPartnerId: string | null,
  now: Date,
  rules: () => Promise<CommissionRule[]>,
): Promise<Map<string, number>> {
  const read = async () =>
    new Map(
      (
        await tx.query<{ order_line_id: string; rate_bps: number }>(
          'SELECT order_line_id, rate_bps FROM commission_line_rates WHERE order_id = $1 AND role = $2',
          [orderId, role],
        )
      ).map((r) => [r.order_line_id, r.rate_bps]),
    );
  const locked = await read();
  if (locked.size > 0) return locked;
  const current = await rules();
  for (const line of lines) {
    if (line.partnerId === selfPartnerId) continue;
    await tx.query(
      `INSERT INTO commission_line_rates (order_line_id, role, order_id, rate_bps, locked_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (order_line_id, role) DO NOTHING`,
      [line.lineId, role, orderId, commissionRate(current, role, line), now],
    );
  }
  return read();
}

/**
 * Commission of lines at their locked rates: `commissionOf` line by line with the line's own
 * rate (so the rounding is the rule engine's: each line rounded down); lines without a locked
 * rate earn nothing.
 */
function commissionAtLockedRates(lines: readonly OrderCommissionLine[], rates: ReadonlyMap<string, number>, role: Role): { base: number; amount: number } {
  let base = 0;
  let amount = 0;
  for (const line of lines) {
    const rateBps = rates.get(line.lineId);
    if (rateBps === undefined) continue;
    const one = commissionOf([line], [{ role, scope: 'default', targetId: null, rateBps }], role);
    base += one.base;
    amount += one.amount;
  }
  return { base, amount };
}

/**
 * Brings a paid order's commission ledger up to date, inside the caller's transaction (the one
 * that marks the order paid, or applies a refund — both hold the order's lock): per role, one
 * entry for the difference between the commission of its lines net of refunds (at the rates
 * locked when it was first settled) and what the ledger already holds — `pending` when it earns,
 * `reversed` (negative) when a refund takes it back, also after the entries became payable. So
 * an order's entries always sum to its commission. Orders without an attributed referral, or
 * not paid, get nothing.
 */
export async function settleCommission(tx: Queryable, orderId: string, now: Date): Promise<void> {
  const [order] = await tx.query<{ channel_id: string; status: string; referral_mc_id: string | null; referral_content_id: string | null }>(
    'SELECT channel_id, status, referral_mc_id, referral_content_id FROM orders WHERE id = $1',
    [orderId],
  );
  if (!order || !PAID_ORDER.includes(order.status) || (!order.referral_mc_id && !order.referral_content_id)) return;
  let rules: Promise<CommissionRule[]> | undefined;
  const rulesOnce = () => (rules ??= commissionRulesOf(tx, order.channel_id));
  const lines = await commissionLinesOf(tx, orderId);
  const earners: { role: Role; creatorId: string; selfPartnerId: string | null }[] = [];
  if (order.referral_mc_id) {
    const [mc] = await tx.query<{ partner_id: string | null }>('SELECT partner_id FROM market_creators WHERE id = $1', [order.referral_mc_id]);
    earners.push({ role: 'mc', creatorId: order.referral_mc_id, selfPartnerId: mc?.partner_id ?? null });
  }
  if (order.referral_content_id) {
    const [content] = await tx.query<{ creator_id: string }>('SELECT creator_id FROM content_items WHERE id = $1', [order.referral_content_id]);
    if (content) earners.push({ role: 'cc', creatorId: content.creator_id, selfPartnerId: null });
  }
  for (const earner of earners) {
    const rates = await lockedRatesOf(tx, orderId, earner.role, lines, earner.selfPartnerId, now, rulesOnce);
    const target = commissionAtLockedRates(lines, rates, earner.role);
    const [held] = await tx.query<{ amount: number }>(
      'SELECT COALESCE(sum(amount), 0)::bigint AS amount FROM commission_ledger WHERE order_id = $1 AND role = $2',
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
