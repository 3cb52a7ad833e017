import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatKrw, isKrw, MAX_KRW } from './money.js';

test('formats won the Korean shop way and in English', () => {
  assert.equal(formatKrw(12000), '12,000원');
  assert.equal(formatKrw(0), '0원');
  assert.equal(formatKrw(1234567, 'en'), '₩1,234,567');
});

test('refuses fractions instead of rounding them silently', () => {
  assert.throws(() => formatKrw(12000.5), RangeError);
  assert.throws(() => formatKrw(Number.NaN), RangeError);
});

test('isKrw accepts only non-negative safe integers within the limit', () => {
  assert.equal(isKrw(0), true);
  assert.equal(isKrw(MAX_KRW), true);
  for (const v of [-1, 1.5, MAX_KRW + 1, '100', null, Number.POSITIVE_INFINITY]) assert.equal(isKrw(v), false, String(v));
});
