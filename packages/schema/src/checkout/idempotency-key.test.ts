import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idempotencyFingerprint, idempotencyKeyErrors } from './idempotency-key.js';

test('Idempotency-Key: required, visible ASCII, 255 characters at most', () => {
  assert.deepEqual(idempotencyKeyErrors('0b6f2e0c-3c3a-4a52-9a0e-6b1f0b3b7a11'), []);
  assert.deepEqual(idempotencyKeyErrors('k'.repeat(255)), []);
  assert.deepEqual(idempotencyKeyErrors(undefined).map((e) => [e.path, e.code]), [['header.Idempotency-Key', 'required']]);
  assert.deepEqual(idempotencyKeyErrors(null).map((e) => e.code), ['required']);
  for (const bad of ['has space', 'x'.repeat(256), '키']) {
    assert.deepEqual(idempotencyKeyErrors(bad).map((e) => [e.path, e.code]), [['header.Idempotency-Key', 'invalid_format']], bad);
  }
});

test('the fingerprint ignores key order but not values, routes or paths', () => {
  const a = idempotencyFingerprint('createOrder', '/v1/orders', { b: 1, a: [{ y: 2, x: 1 }] });
  assert.equal(idempotencyFingerprint('createOrder', '/v1/orders', { a: [{ x: 1, y: 2 }], b: 1 }), a);
  assert.notEqual(idempotencyFingerprint('createOrder', '/v1/orders', { a: [{ x: 1, y: 3 }], b: 1 }), a);
  assert.notEqual(idempotencyFingerprint('refundOrder', '/v1/orders', { b: 1, a: [{ y: 2, x: 1 }] }), a);
  assert.notEqual(idempotencyFingerprint('createOrder', '/v1/other', { b: 1, a: [{ y: 2, x: 1 }] }), a);
});
