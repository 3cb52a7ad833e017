import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appendHeaderToken } from './cors.js';

test('Vary tokens are added once', () => {
  const headers = new Headers();
  appendHeaderToken(headers, 'Vary', 'Origin');
  appendHeaderToken(headers, 'Vary', 'origin');
  assert.equal(headers.get('vary'), 'Origin');
  headers.set('Vary', 'Accept-Encoding');
  appendHeaderToken(headers, 'Vary', 'Origin');
  assert.equal(headers.get('vary'), 'Accept-Encoding, Origin');
});
