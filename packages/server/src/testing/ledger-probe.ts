import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import type { CheckoutHarness } from './checkout-harness.js';

export interface LedgerRow {
  role: string;
  amount: number;
  status: string;
  base: number;
  payable_at: Date | null;
}

/**
 * What referral tests read and do around the commission ledger: an order's entries (oldest
 * first), their sum per role, and a refund with the secret key (a fresh idempotency key each).
 */
export function ledgerProbe(db: Database, harness: () => CheckoutHarness) {
  const ledgerOf = (orderId: string) =>
    db.query<LedgerRow>('SELECT role, amount, status, base, payable_at FROM commission_ledger WHERE order_id = $1 ORDER BY created_at, id', [orderId]);
  return {
    ledgerOf,
    async sumOf(orderId: string, role = 'mc'): Promise<number> {
      return (await ledgerOf(orderId)).filter((e) => e.role === role).reduce((sum, e) => sum + e.amount, 0);
    },
    refund: (orderId: string, body: unknown) =>
      harness().secret(`/v1/orders/${orderId}/refunds`, { method: 'POST', body, headers: { 'Idempotency-Key': randomUUID() } }),
  };
}
