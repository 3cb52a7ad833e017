import assert from 'node:assert/strict';
import { test } from 'node:test';
import { etagOf, ifNoneMatchMatches } from './etag.js';

test('ETags are quoted hashes of the exact body', () => {
  const etag = etagOf('{"a":1}');
  assert.match(etag, /^"[A-Za-z0-9_-]{32}"$/);
  assert.equal(etagOf('{"a":1}'), etag);
  assert.notEqual(etagOf('{"a":2}'), etag);
  assert.equal(etagOf(new TextEncoder().encode('{"a":1}')), etag);
});

test('If-None-Match: lists, weak tags and *', () => {
  const etag = etagOf('x');
  assert.ok(ifNoneMatchMatches(etag, etag));
  assert.ok(ifNoneMatchMatches(`W/${etag}`, etag));
  assert.ok(ifNoneMatchMatches(`"a", ${etag} ,"b"`, etag));
  assert.ok(ifNoneMatchMatches('*', etag));
  assert.ok(!ifNoneMatchMatches(undefined, etag));
  assert.ok(!ifNoneMatchMatches('', etag));
  assert.ok(!ifNoneMatchMatches('"a"', etag));
  assert.ok(!ifNoneMatchMatches(etag.slice(1, -1), etag), 'unquoted is not the same tag');
});
