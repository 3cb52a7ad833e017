import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appendHeaderToken, isOriginAllowed } from './cors.js';

const allowed = ['https://coop.example', 'http://localhost:*', 'http://127.0.0.1:*'];

test('exact origins and port wildcards are allowed', () => {
  for (const origin of ['https://coop.example', 'https://COOP.example', 'http://localhost', 'http://localhost:3000', 'http://127.0.0.1:65535']) {
    assert.ok(isOriginAllowed(origin, allowed), origin);
  }
});

test('anything else is not', () => {
  for (const origin of [
    'null',
    'http://coop.example',
    'https://coop.example:8443',
    'https://coop.example.evil',
    'https://evil.coop.example',
    'https://localhost:3000',
    'http://localhost:3000.evil.example',
    'http://localhost:abc',
    'http://localhost:',
    'http://localhost:123456',
    'http://localhostevil',
    '',
    `https://${'a'.repeat(400)}.example`,
  ]) {
    assert.ok(!isOriginAllowed(origin, allowed), origin);
  }
  assert.ok(!isOriginAllowed('https://coop.example', []));
});

test('Vary tokens are added once', () => {
  const headers = new Headers();
  appendHeaderToken(headers, 'Vary', 'Origin');
  appendHeaderToken(headers, 'Vary', 'origin');
  assert.equal(headers.get('vary'), 'Origin');
  headers.set('Vary', 'Accept-Encoding');
  appendHeaderToken(headers, 'Vary', 'Origin');
  assert.equal(headers.get('vary'), 'Accept-Encoding, Origin');
});
