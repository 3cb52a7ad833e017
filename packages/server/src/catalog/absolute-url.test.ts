import assert from 'node:assert/strict';
import { test } from 'node:test';
import { absoluteUrl } from './absolute-url.js';
import { containsPattern } from './sql-params.js';

test('server-relative URLs resolve against the base, keeping its path prefix', () => {
  assert.equal(absoluteUrl('/media/a.svg', 'http://127.0.0.1:8787'), 'http://127.0.0.1:8787/media/a.svg');
  assert.equal(absoluteUrl('/media/a.svg', 'https://api.example/cen/'), 'https://api.example/cen/media/a.svg');
  assert.equal(absoluteUrl('/products/prd_x', 'https://api.example/cen'), 'https://api.example/cen/products/prd_x');
});

test('absolute http(s) URLs stay; other schemes are refused', () => {
  assert.equal(absoluteUrl('https://cdn.example/a.png', 'http://x'), 'https://cdn.example/a.png');
  assert.equal(absoluteUrl('javascript:alert(1)', 'http://x'), null);
  assert.equal(absoluteUrl('data:image/svg+xml,<svg/>', 'http://x'), null);
  assert.equal(absoluteUrl('//evil.example/a.png', 'https://api.example'), 'https://evil.example/a.png');
});

test('LIKE patterns take %, _ and \\ literally', () => {
  assert.equal(containsPattern('100%'), '%100\\%%');
  assert.equal(containsPattern('a_b'), '%a\\_b%');
  assert.equal(containsPattern('a\\b'), '%a\\\\b%');
  assert.equal(containsPattern('우리밀'), '%우리밀%');
});
