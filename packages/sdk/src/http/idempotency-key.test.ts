import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newIdempotencyKey, type RandomSource } from './idempotency-key.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('uses crypto.randomUUID where it exists', () => {
  assert.match(newIdempotencyKey(), UUID_V4);
  const source: RandomSource = {
    randomUUID: () => '6f1c2b9e-0d7a-4c3e-9b1f-2a4d6e8f0a1b',
    getRandomValues: () => assert.fail('not used when randomUUID exists'),
  };
  assert.equal(newIdempotencyKey(source), '6f1c2b9e-0d7a-4c3e-9b1f-2a4d6e8f0a1b');
});

test('without randomUUID (plain-http pages) builds a UUID v4 from getRandomValues', () => {
  const bytes = [0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0xff, 0x77, 0xff, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff];
  const fixed: RandomSource = {
    getRandomValues: (array) => {
      array.set(bytes);
      return array;
    },
  };
  // Version nibble forced to 4 (0xff → 0x4f), variant bits to 10 (0xff → 0xbf).
  assert.equal(newIdempotencyKey(fixed), '00112233-4455-4f77-bf99-aabbccddeeff');

  const real: RandomSource = { getRandomValues: (array) => crypto.getRandomValues(array) };
  const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey(real)));
  assert.equal(keys.size, 200);
  for (const key of keys) assert.match(key, UUID_V4);
});
