// The production CDN bundles stay within budget and carry no development-only code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureBundles } from './measure-bundles.mjs';

const bundles = measureBundles();

for (const b of bundles) {
  test(`${b.file} stays within its brotli budget (${b.budget} B)`, () => {
    assert.ok(b.brotli <= b.budget, `${b.file} is ${b.brotli} B brotli, budget ${b.budget} B`);
  });

  test(`${b.file} has no msw, zod or development-only code`, () => {
    for (const marker of ['mockServiceWorker', 'msw', 'setupWorker', 'zod', 'Lit is in dev mode', 'ZodError', 'process.env']) {
      assert.ok(!b.code.includes(marker), `${b.file} contains ${marker}`);
    }
  });
}

test('the whole bundle defines every catalog element', () => {
  const all = bundles.find((b) => b.file === 'cen-widgets.js');
  for (const tag of ['cen-product-card', 'cen-service-card', 'cen-product-grid', 'cen-store']) {
    assert.ok(all.code.includes(tag), tag);
  }
});
