import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_PAGE_LIMIT } from '@thecen/schema';
import { firstItems, type KeysetPage } from './keyset-page.js';

/** A list of `total` numbers served in pages; records the limits asked for. */
function fakeList(total: number) {
  const limits: number[] = [];
  const load = async (cursor: string | undefined, limit: number): Promise<KeysetPage<number>> => {
    limits.push(limit);
    const start = cursor === undefined ? 0 : Number(cursor);
    const rows = Array.from({ length: Math.max(0, Math.min(limit, total - start)) }, (_, i) => start + i);
    const end = start + rows.length;
    return { rows, hasMore: end < total, nextCursor: end < total ? String(end) : null };
  };
  return { load, limits };
}

test('firstItems walks every page of a short list and says nothing was left out', async () => {
  const list = fakeList(250);
  const result = await firstItems(list.load, 500);
  assert.deepEqual(result.items, Array.from({ length: 250 }, (_, i) => i));
  assert.equal(result.more, false);
  assert.deepEqual(list.limits, [MAX_PAGE_LIMIT, MAX_PAGE_LIMIT, MAX_PAGE_LIMIT]);
});

test('firstItems stops at max and says more were left out', async () => {
  const list = fakeList(1000);
  const result = await firstItems(list.load, 250);
  assert.equal(result.items.length, 250);
  assert.equal(result.items.at(-1), 249);
  assert.equal(result.more, true);
  assert.deepEqual(list.limits, [100, 100, 50]);
});

test('firstItems of a list exactly max long says nothing was left out', async () => {
  const result = await firstItems(fakeList(200).load, 200);
  assert.equal(result.items.length, 200);
  assert.equal(result.more, false);
});

test('firstItems of an empty list is empty', async () => {
  assert.deepEqual(await firstItems(fakeList(0).load, 10), { items: [], more: false });
});
