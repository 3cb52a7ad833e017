import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ORDER_TOKEN_PATTERN } from '@thecen/schema';
import { signOrderToken, verifyOrderToken } from './order-token.js';

const SECRET = 'a-signing-secret-of-at-least-thirty-two-chars';

test('a signed token matches the public pattern and verifies back to its order', () => {
  const token = signOrderToken('ord_abcdefghij0123456789', SECRET);
  assert.match(token, ORDER_TOKEN_PATTERN);
  assert.equal(verifyOrderToken(token, SECRET), 'ord_abcdefghij0123456789');
  assert.doesNotMatch(token, /ord_/, 'opaque: the id is not in plain sight');
});

test('a token signed with another secret, tampered or truncated is refused', () => {
  const token = signOrderToken('ord_abcdefghij0123456789', SECRET);
  assert.equal(verifyOrderToken(token, `${SECRET}x`), null);
  const [payload, signature] = token.slice(3).split('.') as [string, string];
  const other = signOrderToken('ord_zzzzzzzzzz0123456789', SECRET);
  assert.equal(verifyOrderToken(`ot_${other.slice(3).split('.')[0]}.${signature}`, SECRET), null, 'signature of another order');
  assert.equal(verifyOrderToken(`ot_${payload}.${signature.slice(0, -1)}`, SECRET), null);
  assert.equal(verifyOrderToken(`ot_${payload}.${signature}A`, SECRET), null);
  for (const junk of ['', 'ot_', 'ot_.', 'nope', `${token}.x`]) assert.equal(verifyOrderToken(junk, SECRET), null, junk);
});

test('a genuine signature over something that is not an order id is refused', () => {
  const token = signOrderToken('prd_notanorder', SECRET);
  assert.equal(verifyOrderToken(token, SECRET), null);
});
