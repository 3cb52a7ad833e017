import type { CommissionStatement, LedgerEntry } from '@thecen/schema';
import type { Queryable } from '../db/database.js';

/** Whose statement: an MC (by referral code or id) or a Content Creator (by id). */
export type StatementSubject = { role: 'mc'; code: string } | { role: 'mc'; id: string } | { role: 'cc'; creatorId: string };

interface LedgerRow {
  id: string;
  role: 'mc' | 'cc';
  order_id: string;
  base: number;
  rate_bps: number;
  amount: number;
  status: LedgerEntry['status'];
  created_at: Date;
  payable_at: Date | null;
}

/** Month in Seoul time, `2026-11`. */
const seoulMonth = (date: Date) => new Date(date.getTime() + 9 * 3_600_000).toISOString().slice(0, 7);

/** The creator a statement is of: its id and display name; null when there is none. */
async function creatorOf(q: Queryable, subject: StatementSubject): Promise<{ id: string; displayName: string } | null> {
  const [row] =
    subject.role === 'cc'
      ? await q.query<{ id: string; display_name: string }>('SELECT id, display_name FROM content_creators WHERE id = $1', [subject.creatorId])
      : 'code' in subject
        ? await q.query<{ id: string; display_name: string }>('SELECT id, display_name FROM market_creators WHERE code = $1', [subject.code])
        : await q.query<{ id: string; display_name: string }>('SELECT id, display_name FROM market_creators WHERE id = $1', [subject.id]);
  return row ? { id: row.id, displayName: row.display_name } : null;
}

/**
 * An MC's or a CC's counted clicks, attributed orders and commission ledger, by Seoul month —
 * of one channel (`channelId`: the secret-key statements of a mall) or of every channel (the
 * creator's own statement token). An MC's clicks and orders are those of its referral code; a
 * CC's those of its content items. Null for an unknown creator (whatever its status otherwise).
 */
export async function commissionStatement(
  q: Queryable,
  subject: StatementSubject,
  options: { channelId?: string | undefined } = {},
): Promise<CommissionStatement | null> {
  const creator = await creatorOf(q, subject);
  if (!creator) return null;
  const channelId = options.channelId ?? null;
  const role = subject.role;
  // Clicks are not of a channel: a referral link or badge works on every site.
  const clicks =
    role === 'mc'
      ? await q.query<{ created_at: Date }>('SELECT created_at FROM referral_clicks WHERE mc_id = $1 AND counted', [creator.id])
      : await q.query<{ created_at: Date }>(
          `SELECT k.created_at FROM referral_clicks k JOIN content_items ci ON ci.id = k.content_id WHERE ci.creator_id = $1 AND k.counted`,
          [creator.id],
        );
  const orders =
    role === 'mc'
      ? await q.query<{ created_at: Date }>(
          'SELECT created_at FROM orders WHERE referral_mc_id = $1 AND ($2::text IS NULL OR channel_id = $2)',
          [creator.id, channelId],
        )
      : await q.query<{ created_at: Date }>(
          `SELECT o.created_at FROM orders o JOIN content_items ci ON ci.id = o.referral_content_id
            WHERE ci.creator_id = $1 AND ($2::text IS NULL OR o.channel_id = $2)`,
          [creator.id, channelId],
        );
  const rows = await q.query<LedgerRow>(
    `SELECT l.* FROM commission_ledger l JOIN orders o ON o.id = l.order_id
      WHERE l.role = $1 AND l.creator_id = $2 AND ($3::text IS NULL OR o.channel_id = $3) ORDER BY l.created_at, l.id`,
    [role, creator.id, channelId],
  );
  const months = new Map<string, CommissionStatement['months'][number]>();
  const monthOf = (date: Date) => {
    const key = seoulMonth(date);
    let month = months.get(key);
    if (!month) months.set(key, (month = { month: key, clicks: 0, orders: 0, pending: 0, payable: 0, reversed: 0 }));
    return month;
  };
  for (const click of clicks) monthOf(click.created_at).clicks += 1;
  for (const order of orders) monthOf(order.created_at).orders += 1;
  const totals = { pending: 0, payable: 0, reversed: 0 };
  for (const row of rows) {
    monthOf(row.created_at)[row.status] += row.amount;
    totals[row.status] += row.amount;
  }
  return {
    object: 'commission_statement',
    role,
    creatorId: creator.id,
    displayName: creator.displayName,
    months: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    entries: rows.map((r) => ({
      id: r.id,
      role: r.role,
      orderId: r.order_id,
      base: r.base,
      rateBps: r.rate_bps,
      amount: r.amount,
      status: r.status,
      createdAt: r.created_at.toISOString(),
      payableAt: r.payable_at?.toISOString() ?? null,
    })),
    totals,
  };
}
