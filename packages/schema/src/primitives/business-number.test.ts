import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBusinessNumber, isValidBusinessNumber, normalizeBusinessNumber } from './business-number.js';

test('accepts the worked examples with and without dashes', () => {
  for (const n of ['124-81-00998', '1248100998', '220-87-42885', '2208742885', ' 124 81 00998 ']) {
    assert.equal(isValidBusinessNumber(n), true, n);
  }
});

test('rejects a wrong check digit and every single-digit change of a valid number', () => {
  assert.equal(isValidBusinessNumber('123-45-67890'), false);
  const valid = '1248100998';
  for (let i = 0; i < 10; i++) {
    const d = Number(valid[i]);
    const changed = valid.slice(0, i) + String((d + 1) % 10) + valid.slice(i + 1);
    assert.equal(isValidBusinessNumber(changed), false, changed);
  }
});

test('rejects wrong lengths and non-digits', () => {
  for (const n of ['', '124-81-0099', '124-81-009981', '12a-81-00998', '１２４８１００９９８', '124_81_00998']) {
    assert.equal(isValidBusinessNumber(n), false, JSON.stringify(n));
  }
});

test('normalises and formats', () => {
  assert.equal(normalizeBusinessNumber('124-81-00998'), '1248100998');
  assert.equal(formatBusinessNumber('1248100998'), '124-81-00998');
  assert.equal(formatBusinessNumber('12'), '12');
});
