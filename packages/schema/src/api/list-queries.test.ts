import { test } from 'node:test';
import assert from 'node:assert/strict';
import { issuesToFieldErrors } from './problem.js';
import { ProductBatchQuery, ProductListQuery, ServiceListQuery } from './list-queries.js';
import { useEnglishValidationMessages } from '../messages.js';

useEnglishValidationMessages();

function fieldErrors(result: { success: boolean; error?: { issues: unknown[] } }) {
  assert.equal(result.success, false);
  return issuesToFieldErrors('query', result.error!.issues as never);
}

test('coerces query-string numbers and accepts every filter', () => {
  const parsed = ProductListQuery.parse({
    partner: 'pa_wooriwheat', category: 'food', tag: 'local', q: '  통밀  ', minPrice: '1000', maxPrice: '50000', sort: 'price_asc', limit: '12',
  });
  assert.deepEqual(parsed, { partner: 'pa_wooriwheat', category: 'food', tag: 'local', q: '통밀', minPrice: 1000, maxPrice: 50000, sort: 'price_asc', limit: 12 });
});

test('reports each bad field with its path', () => {
  const errors = fieldErrors(ProductListQuery.safeParse({ limit: '0', minPrice: 'abc', sort: 'cheap', partner: 'wooriwheat', color: 'red' }));
  const paths = errors.map((e) => e.path).sort();
  assert.deepEqual(paths, ['query.color', 'query.limit', 'query.minPrice', 'query.partner', 'query.sort']);
  for (const e of errors) assert.ok(e.message.length > 0 && e.message !== 'Invalid input', e.message);
});

test('rejects a price range upside down at maxPrice', () => {
  const errors = fieldErrors(ServiceListQuery.safeParse({ minPrice: '5000', maxPrice: '1000' }));
  assert.deepEqual(errors.map((e) => e.path), ['query.maxPrice']);
});

test('rejects negative, fractional and huge prices and limits', () => {
  for (const bad of [{ minPrice: '-1' }, { minPrice: '1.5' }, { maxPrice: '1e13' }, { limit: '101' }, { limit: '2.5' }]) {
    assert.equal(ProductListQuery.safeParse(bad).success, false, JSON.stringify(bad));
  }
});

test('batch ids are split, trimmed, de-duplicated and bounded', () => {
  assert.deepEqual(ProductBatchQuery.parse({ ids: 'prd_abcd, prd_efgh,prd_abcd,' }).ids, ['prd_abcd', 'prd_efgh']);
  const errors = fieldErrors(ProductBatchQuery.safeParse({ ids: 'prd_abcd,svc_abcd' }));
  assert.deepEqual(errors.map((e) => e.path), ['query.ids.1']);
  const tooMany = Array.from({ length: 101 }, (_, i) => `prd_${String(i).padStart(4, '0')}`).join(',');
  assert.equal(ProductBatchQuery.safeParse({ ids: tooMany }).success, false);
  assert.equal(ProductBatchQuery.safeParse({ ids: ',,' }).success, false);
});
