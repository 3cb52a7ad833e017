import type { Queryable } from '../db/database.js';

/** A quantity of one product, or of one option (variant) of it. */
export interface StockItem {
  productId: string;
  variantId: string | null;
  quantity: number;
}

function keyOf(item: { productId: string; variantId: string | null }): string {
  return `${item.productId}\u0000${item.variantId ?? ''}`;
}

/** Same product and option summed, in one fixed order so that concurrent orders lock rows alike (no deadlocks). */
function aggregated(items: readonly StockItem[]): StockItem[] {
  const byKey = new Map<string, StockItem>();
  for (const item of items) {
    const key = keyOf(item);
    const existing = byKey.get(key);
    if (existing) existing.quantity += item.quantity;
    else byKey.set(key, { ...item });
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, item]) => item);
}

export type ReserveResult =
  | { ok: true; /** Per `productId/variantId`: true when stock is tracked and was reserved. */ tracked: (item: { productId: string; variantId: string | null }) => boolean }
  | { ok: false; short: StockItem & { available: number } };

/**
 * Reserves stock inside the caller's transaction with conditional updates (`stock >= quantity`),
 * so stock never goes below zero whatever runs at the same time; a product or option that does
 * not track stock (null) is not limited. On a shortage nothing is reserved by the caller's
 * transaction once it rolls back.
 */
export async function reserveStock(tx: Queryable, items: readonly StockItem[]): Promise<ReserveResult> {
  const tracked = new Set<string>();
  for (const item of aggregated(items)) {
    const [table, where, params] = item.variantId
      ? ['product_variants', 'product_id = $1 AND id = $2', [item.productId, item.variantId]]
      : ['products', 'id = $1', [item.productId]];
    const q = `$${params.length + 1}`;
    const updated = await tx.query<{ stock: number }>(
      `UPDATE ${table} SET stock = stock - ${q} WHERE ${where} AND stock IS NOT NULL AND stock >= ${q} RETURNING stock`,
      [...params, item.quantity],
    );
    if (updated.length > 0) {
      tracked.add(keyOf(item));
      continue;
    }
    const [current] = await tx.query<{ stock: number | null }>(`SELECT stock FROM ${table} WHERE ${where}`, params);
    if (current && current.stock === null) continue;
    return { ok: false, short: { ...item, available: current?.stock ?? 0 } };
  }
  return { ok: true, tracked: (item) => tracked.has(keyOf(item)) };
}

/** Puts quantities back (cancelled, expired or refunded orders). Untracked stock stays untracked. */
export async function releaseStock(tx: Queryable, items: readonly StockItem[]): Promise<void> {
  for (const item of aggregated(items)) {
    if (item.quantity <= 0) continue;
    if (item.variantId) {
      await tx.query('UPDATE product_variants SET stock = stock + $3 WHERE product_id = $1 AND id = $2 AND stock IS NOT NULL', [
        item.productId,
        item.variantId,
        item.quantity,
      ]);
    } else {
      await tx.query('UPDATE products SET stock = stock + $2 WHERE id = $1 AND stock IS NOT NULL', [item.productId, item.quantity]);
    }
  }
}
