import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { InvalidCursorError, decodeCursor, encodeCursor } from './cursor.js';

const expectNewest = { sort: 'newest', keyType: 'timestamp', idKind: 'product' } as const;

describe('cursor', () => {
  test('round-trips each key type and is URL-safe', () => {
    const cases = [
      [{ sort: 'newest', key: '2025-06-01T03:00:00.000Z', id: 'prd_test00' }, expectNewest],
      [{ sort: 'price_asc', key: 12000, id: 'prd_test00' }, { sort: 'price_asc', keyType: 'number', idKind: 'product' }],
      [{ sort: 'title', key: '우리밀 "국수" %_', id: 'svc_test01' }, { sort: 'title', keyType: 'text', idKind: 'service' }],
      [{ sort: 'price_desc', key: -1, id: 'svc_test01' }, { sort: 'price_desc', keyType: 'number', idKind: 'service' }],
    ] as const;
    for (const [position, expected] of cases) {
      const cursor = encodeCursor(position);
      assert.match(cursor, /^[A-Za-z0-9_-]+$/);
      assert.deepEqual(decodeCursor(cursor, expected), position);
    }
  });

  test('rejects anything it did not make', () => {
    const good = encodeCursor({ sort: 'newest', key: '2025-06-01T03:00:00.000Z', id: 'prd_test00' });
    const bad = [
      '',
      '!!!',
      'a b',
      Buffer.from('not json').toString('base64url'),
      Buffer.from('{"sort":"newest"}').toString('base64url'),
      Buffer.from('["newest","2025-06-01T03:00:00.000Z"]').toString('base64url'),
      Buffer.from('["newest",12,"prd_test00"]').toString('base64url'),
      Buffer.from('["newest","2025-13-45T99:00:00.000Z","prd_test00"]').toString('base64url'),
      Buffer.from('["newest","2025-06-01T03:00:00.000Z","svc_test00"]').toString('base64url'),
      Buffer.from('["newest","2025-06-01T03:00:00.000Z","prd_x\'--"]').toString('base64url'),
      `X${good.slice(1)}`,
    ];
    for (const raw of bad) assert.throws(() => decodeCursor(raw, expectNewest), InvalidCursorError, raw);
    assert.throws(() => decodeCursor(encodeCursor({ sort: 'price_asc', key: 1.5, id: 'prd_test00' }), { sort: 'price_asc', keyType: 'number', idKind: 'product' }), InvalidCursorError);
    assert.throws(() => decodeCursor(encodeCursor({ sort: 'title', key: 'x'.repeat(401), id: 'prd_test00' }), { sort: 'title', keyType: 'text', idKind: 'product' }), InvalidCursorError);
  });

  test('a cursor of another sort order says so', () => {
    const cursor = encodeCursor({ sort: 'title', key: 'abc', id: 'prd_test00' });
    assert.throws(() => decodeCursor(cursor, { sort: 'price_asc', keyType: 'number', idKind: 'product' }), /sort order "title"/);
  });
});
