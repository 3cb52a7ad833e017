import type { Database } from '../db/database.js';
import { closeUnpaidOrder } from './close-unpaid-order.js';

const BATCH = 100;

/**
 * Expires the unpaid orders whose hold ended (card payments not completed in time, virtual
 * accounts not paid by their deadline), each in its own transaction with its stock returned.
 * Returns how many were expired. The server runs it every 30 seconds; tests call it with a clock.
 */
export async function expireOverdueOrders(db: Database, now: Date = new Date()): Promise<number> {
  let expired = 0;
  for (;;) {
    const due = await db.query<{ id: string }>(
      `SELECT id FROM orders WHERE status IN ('pending_payment', 'awaiting_deposit') AND expires_at <= $1
        ORDER BY expires_at, id LIMIT ${BATCH}`,
      [now],
    );
    let round = 0;
    for (const { id } of due) {
      if (await db.transaction((tx) => closeUnpaidOrder(tx, id, 'expired', now, { onlyIfDueBy: now }))) round++;
    }
    expired += round;
    if (due.length < BATCH || round === 0) return expired;
  }
}
