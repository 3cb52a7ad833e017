import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAllowedReturnUrl, isOriginAllowed } from './allowed-origins.js';

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

test('return URLs: http(s) pages on an allowed origin only', () => {
  for (const url of ['https://coop.example/order?step=done', 'http://localhost:5173/order.html', 'https://COOP.example/']) {
    assert.ok(isAllowedReturnUrl(url, allowed), url);
  }
  for (const url of ['https://evil.example/order', 'http://coop.example/order', 'javascript:alert(1)', 'data:text/html,hi', '/order', 'not a url']) {
    assert.ok(!isAllowedReturnUrl(url, allowed), url);
  }
});
