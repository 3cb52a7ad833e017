import type { StockState } from '../entities/product.js';

/** At or below this many units a tracked item is `low_stock`. */
export const LOW_STOCK_THRESHOLD = 5;

/** The stock state of one item: untracked (`null`) stock is always `in_stock`. */
export function deriveStockState(stock: number | null): StockState {
  if (stock === null) return 'in_stock';
  if (stock <= 0) return 'sold_out';
  return stock <= LOW_STOCK_THRESHOLD ? 'low_stock' : 'in_stock';
}

/**
 * The stock state of a product: from its own stock without variants; with variants, the best
 * state of any variant (available while any variant is).
 */
export function deriveProductStockState(stock: number | null, variantStocks: readonly (number | null)[]): StockState {
  if (variantStocks.length === 0) return deriveStockState(stock);
  const states = variantStocks.map(deriveStockState);
  if (states.includes('in_stock')) return 'in_stock';
  if (states.includes('low_stock')) return 'low_stock';
  return 'sold_out';
}
