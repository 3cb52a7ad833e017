import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('list cursors', () => {
  it('round-trip positions, Korean sort keys included, as URL-safe text', () => {
    for (const position of [
      { sort: 'title', key: '우리밀 백밀가루 & 통밀?', id: 'prd_wooriwheat01' },
      { sort: 'newest', key: 1767225600000, id: 'svc_animalhosp01' },
      { sort: 'price_asc', key: null, id: 'svc_happybridge01' },
    ]) {
      const cursor = encodeCursor(position);
      assert.match(cursor, /^[A-Za-z0-9_-]+$/);
      assert.deepEqual(decodeCursor(cursor), position);
    }
  });

  it('reject text that is not one of our cursors', () => {
    assert.equal(decodeCursor('not a cursor'), null);
    assert.equal(decodeCursor('abc'), null);
    assert.equal(decodeCursor(Buffer.from('[1,2]').toString('base64url')), null);
    assert.equal(decodeCursor(Buffer.from('{"s":"title","k":{},"i":"x"}').toString('base64url')), null);
    assert.equal(decodeCursor(Buffer.from('\xff\xfe', 'latin1').toString('base64url')), null);
  });
});
