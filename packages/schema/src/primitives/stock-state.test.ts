import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deriveProductStockState, deriveStockState } from './stock-state.js';

test('stock state of one item', () => {
  assert.equal(deriveStockState(null), 'in_stock');
  assert.equal(deriveStockState(0), 'sold_out');
  assert.equal(deriveStockState(1), 'low_stock');
  assert.equal(deriveStockState(5), 'low_stock');
  assert.equal(deriveStockState(6), 'in_stock');
});

test('stock state of a product: its own stock, or the best of its variants', () => {
  assert.equal(deriveProductStockState(0, []), 'sold_out');
  assert.equal(deriveProductStockState(null, [0, 0]), 'sold_out');
  assert.equal(deriveProductStockState(null, [0, 3]), 'low_stock');
  assert.equal(deriveProductStockState(null, [0, 30]), 'in_stock');
  assert.equal(deriveProductStockState(null, [0, null]), 'in_stock');
  assert.equal(deriveProductStockState(0, [10]), 'in_stock', 'variants decide when there are some');
});
