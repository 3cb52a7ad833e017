import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createApp } from './app.js';
import type { Database } from './db/database.js';
import { send } from './testing/http-client.js';

/** A database that finds the key's channel, then fails on everything else. */
function failingDatabase(): Database {
  return {
    engine: 'pglite',
    async query<T>(sql: string): Promise<T[]> {
      if (sql.includes('FROM channels WHERE publishable_key')) {
        return [{ id: 'ch_x', name: 'x', publishable_key: 'pk_test_FailingDatabase01', allowed_origins: [] }] as T[];
      }
      throw new Error('connection reset: secret internals at /srv/db.ts:12');
    },
    async exec() {
      throw new Error('unused');
    },
    transaction() {
      throw new Error('unused');
    },
    async close() {},
  };
}

test('an unexpected error is a 500 problem with a request id and no internals', async () => {
  const seen: [unknown, string][] = [];
  const app = createApp({ db: failingDatabase(), onUnexpectedError: (error, id) => seen.push([error, id]) });
  for (const path of ['/v1/products?key=pk_test_FailingDatabase01', '/health', '/products/prd_abcd']) {
    const res = await send(app, path);
    assert.equal(res.status, 500, path);
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(res.json.code, 'internal');
    assert.equal(res.json.requestId, res.headers.get('request-id'));
    assert.doesNotMatch(res.text, /connection reset|secret|\.ts:|at /);
  }
  assert.equal(seen.length, 3);
  assert.match(String(seen[0]![0]), /connection reset/);
  assert.match(seen[0]![1], /^req_/);
});
