import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatKoreanPhone, isKoreanMobile, isValidKoreanPhone, normalizePhone } from './phone.js';

test('accepts Korean phone formats with or without dashes', () => {
  for (const n of ['010-1234-5678', '01012345678', '02-123-4567', '02-1234-5678', '031-123-4567', '063-1234-5678', '070-1234-5678', '1588-1234', '0505-123-4567']) {
    assert.equal(isValidKoreanPhone(n), true, n);
  }
});

test('rejects non-Korean or malformed numbers', () => {
  for (const n of ['', '1234', '+1-202-555-0100', '010-123-456', '099-123-4567', '02-12-3456', 'abc-defg-hijk', '1234-5678']) {
    assert.equal(isValidKoreanPhone(n), false, n);
  }
});

test('normalises to digits and formats for display', () => {
  assert.equal(normalizePhone('010-1234-5678'), '01012345678');
  assert.equal(formatKoreanPhone('01012345678'), '010-1234-5678');
  assert.equal(formatKoreanPhone('021234567'), '02-123-4567');
  assert.equal(formatKoreanPhone('0212345678'), '02-1234-5678');
  assert.equal(formatKoreanPhone('15881234'), '1588-1234');
  assert.equal(formatKoreanPhone('05051234567'), '0505-123-4567');
  assert.equal(isKoreanMobile('010-1234-5678'), true);
  assert.equal(isKoreanMobile('02-123-4567'), false);
});
