import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { createPgliteDatabase } from '../db/pglite-database.js';
import { idempotencyKeyOf, pruneIdempotencyKeys, requestHashOf, runIdempotent } from './idempotency.js';

test('the request hash ignores key order but not values, routes or paths', () => {
  const a = requestHashOf('createOrder', '/v1/orders', { b: 1, a: [{ y: 2, x: 1 }] });
  assert.equal(requestHashOf('createOrder', '/v1/orders', { a: [{ x: 1, y: 2 }], b: 1 }), a);
  assert.notEqual(requestHashOf('createOrder', '/v1/orders', { a: [{ x: 1, y: 3 }], b: 1 }), a);
  assert.notEqual(requestHashOf('refundOrder', '/v1/orders', { b: 1, a: [{ y: 2, x: 1 }] }), a);
  assert.notEqual(requestHashOf('createOrder', '/v1/other', { b: 1, a: [{ y: 2, x: 1 }] }), a);
});

test('Idempotency-Key: required, visible ASCII, 255 characters at most', () => {
  assert.equal(idempotencyKeyOf('0b6f2e0c-3c3a-4a52-9a0e-6b1f0b3b7a11'), '0b6f2e0c-3c3a-4a52-9a0e-6b1f0b3b7a11');
  for (const bad of [undefined, '', 'has space', 'x'.repeat(256), '키']) {
    assert.throws(() => idempotencyKeyOf(bad), (error: { status?: number; errors?: { path: string }[] }) => error.status === 400 && error.errors?.[0]?.path === 'header.Idempotency-Key');
  }
});

describe('runIdempotent on a database', () => {
  let db: Database;
  before(async () => {
    db = await createPgliteDatabase();
    await migrate(db);
    await db.query(`INSERT INTO channels (id, name, publishable_key) VALUES ('ch_idem', 'idem', 'pk_test_IdempotencyTests01')`);
  });
  after(() => db.close());

  const scope = (key: string, requestHash = 'h1') => ({ channelId: 'ch_idem', key, route: 'createOrder', requestHash });

  test('the first answer is stored and replayed; another body is a 409', async () => {
    let runs = 0;
    const work = { execute: async () => ({ status: 201, body: `{"run":${++runs}}` }) };
    assert.deepEqual(await runIdempotent(db, scope('k1'), work), { status: 201, body: '{"run":1}', replayed: false });
    assert.deepEqual(await runIdempotent(db, scope('k1'), work), { status: 201, body: '{"run":1}', replayed: true });
    await assert.rejects(runIdempotent(db, scope('k1', 'h2'), work), (e: { status?: number; code?: string }) => e.status === 409 && e.code === 'idempotency_key_reused');
    assert.equal(runs, 1);
  });

  test('a failure that created nothing frees the key', async () => {
    await assert.rejects(runIdempotent(db, scope('k2'), { execute: async () => { throw new Error('boom'); } }), /boom/);
    assert.deepEqual(await runIdempotent(db, scope('k2'), { execute: async () => ({ status: 200, body: 'ok' }) }), { status: 200, body: 'ok', replayed: false });
  });

  test('a failure after creating something is finished by the retry (resume), not done twice', async () => {
    const created: string[] = [];
    await assert.rejects(
      runIdempotent(db, scope('k3'), {
        execute: async (record) => {
          await db.transaction(async (tx) => {
            created.push('ord_1');
            await record(tx, 'ord_1');
          });
          throw new Error('crashed before answering');
        },
      }),
      /crashed/,
    );
    const answer = await runIdempotent(db, scope('k3'), {
      execute: async () => {
        created.push('ord_2');
        return { status: 201, body: 'second order' };
      },
      resume: async (resourceId) => ({ status: 201, body: `resumed ${resourceId}` }),
    });
    assert.deepEqual(answer, { status: 201, body: 'resumed ord_1', replayed: false });
    assert.deepEqual(created, ['ord_1']);
  });

  test('a request that died holding its key is taken over once its lease ran out', async () => {
    await db.query(
      `INSERT INTO idempotency_keys (channel_id, key, route, request_hash, status, locked_until) VALUES ('ch_idem', 'k4', 'createOrder', 'h1', 'processing', $1)`,
      [new Date(Date.now() - 1000)],
    );
    assert.deepEqual(await runIdempotent(db, scope('k4'), { execute: async () => ({ status: 201, body: 'taken over' }) }), {
      status: 201,
      body: 'taken over',
      replayed: false,
    });
  });

  test('finished keys are forgotten after a day', async () => {
    await runIdempotent(db, scope('k5'), { execute: async () => ({ status: 200, body: 'old' }) });
    await db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = 'k5'`);
    assert.equal(await pruneIdempotencyKeys(db), 1);
    assert.deepEqual(await runIdempotent(db, scope('k5', 'other'), { execute: async () => ({ status: 200, body: 'new' }) }), { status: 200, body: 'new', replayed: false });
  });
});
