import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommissionStatement, IssuedStatementToken, Problem, STATEMENT_TOKEN_PATTERN } from '@thecen/schema';
import { createMockFetch } from '../fetch.js';
import { DEMO_PUBLISHABLE_KEY, DEMO_STATEMENT_TOKENS, MOCK_SECRET_KEY, demoStatements } from '../fixtures/index.js';
import type { CreateHandlersOptions } from './create-handlers.js';

const BASE = 'http://localhost:8787';

function setup(options: CreateHandlersOptions = {}) {
  const mockFetch = createMockFetch(options);
  const byToken = (token: string, key: string | null = DEMO_PUBLISHABLE_KEY) =>
    mockFetch(`${BASE}/v1/statements/by-token/${encodeURIComponent(token)}${key ? `?key=${key}` : ''}`);
  const secret = (method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = { Authorization: `Bearer ${MOCK_SECRET_KEY}` }) =>
    mockFetch(`${BASE}${path}`, {
      method,
      headers: { ...headers, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return { byToken, secret };
}

async function json<T>(response: Response, status: number, schema: { parse(value: unknown): T }): Promise<T> {
  assert.equal(response.status, status, await response.clone().text());
  return schema.parse(await response.json());
}

describe('statement routes of the mocks', () => {
  it('answer a demo statement for each demo statement token, with the publishable key', async () => {
    const { byToken } = setup();
    for (const token of Object.values(DEMO_STATEMENT_TOKENS)) assert.match(token, STATEMENT_TOKEN_PATTERN);
    const mc = await json(await byToken(DEMO_STATEMENT_TOKENS['haetsal-mom']), 200, CommissionStatement);
    assert.deepEqual(mc, demoStatements.mc_haetsalmom01);
    assert.equal(mc.displayName, '햇살맘의 살림 일기');
    const empty = await json(await byToken(DEMO_STATEMENT_TOKENS['green-coop']), 200, CommissionStatement);
    assert.deepEqual([empty.months, empty.entries, empty.totals], [[], [], { pending: 0, payable: 0, reversed: 0 }]);
    const cc = await json(await byToken(DEMO_STATEMENT_TOKENS.cc_forestblog1), 200, CommissionStatement);
    assert.deepEqual([cc.role, cc.creatorId], ['cc', 'cc_forestblog1']);
  });

  it('refuse an unknown token (404), a malformed one (400) and a missing key (401)', async () => {
    const { byToken } = setup();
    const unknown = await byToken('st_nobodyknowsthis.NotASignatureOfOurs1');
    assert.equal(unknown.status, 404);
    Problem.parse(await unknown.json());
    const malformed = await byToken('not-a-token');
    assert.equal(malformed.status, 400);
    assert.deepEqual((await malformed.json()).errors.map((e: { path: string }) => e.path), ['path.token']);
    assert.equal((await byToken(DEMO_STATEMENT_TOKENS['haetsal-mom'], null)).status, 401);
  });

  it('issue tokens with the secret key; rotate revokes the earlier ones, the demo token included', async () => {
    const { byToken, secret } = setup({ now: () => new Date('2026-11-23T09:00:00+09:00') });
    const first = await json(await secret('POST', '/v1/statement-tokens', { role: 'mc', mcCode: 'haetsal-mom' }), 201, IssuedStatementToken);
    assert.match(first.token, STATEMENT_TOKEN_PATTERN);
    assert.deepEqual([first.role, first.creatorId, first.displayName], ['mc', 'mc_haetsalmom01', '햇살맘의 살림 일기']);
    assert.equal(Date.parse(first.expiresAt), Date.parse('2027-11-23T09:00:00+09:00'), 'valid for 365 days');
    assert.equal((await byToken(first.token)).status, 200);
    assert.equal((await byToken(DEMO_STATEMENT_TOKENS['haetsal-mom'])).status, 200, 'issuing without rotate keeps earlier tokens');

    const rotated = await json(await secret('POST', '/v1/statement-tokens', { role: 'mc', mcCode: 'haetsal-mom', rotate: true }), 201, IssuedStatementToken);
    assert.notEqual(rotated.token, first.token);
    assert.equal((await byToken(rotated.token)).status, 200);
    assert.equal((await byToken(first.token)).status, 404, 'revoked');
    assert.equal((await byToken(DEMO_STATEMENT_TOKENS['haetsal-mom'])).status, 404, 'the demo token revoked too');
    assert.equal((await byToken(DEMO_STATEMENT_TOKENS['green-coop'])).status, 200, "another creator's token stays");

    const cc = await json(await secret('POST', '/v1/statement-tokens', { role: 'cc', creatorId: 'cc_forestblog1' }), 201, IssuedStatementToken);
    assert.equal((await json(await byToken(cc.token), 200, CommissionStatement)).role, 'cc');
    assert.equal((await secret('POST', '/v1/statement-tokens', { role: 'mc', mcCode: 'nobody-here' })).status, 404);
    assert.equal((await secret('POST', '/v1/statement-tokens', { role: 'cc', creatorId: 'cc_nobody00' })).status, 404);
    assert.equal((await secret('POST', '/v1/statement-tokens', { role: 'mc' })).status, 400);
  });

  it('let an issued token expire after 365 days', async () => {
    let clock = Date.parse('2026-11-23T09:00:00+09:00');
    const { byToken, secret } = setup({ now: () => new Date(clock) });
    const issued = await json(await secret('POST', '/v1/statement-tokens', { role: 'cc', creatorId: 'cc_forestblog1' }), 201, IssuedStatementToken);
    clock = Date.parse(issued.expiresAt) - 1000;
    assert.equal((await byToken(issued.token)).status, 200);
    clock = Date.parse(issued.expiresAt);
    assert.equal((await byToken(issued.token)).status, 404);
  });

  it('answer MC and CC statements with the secret key, and an empty one for a creator without referrals', async () => {
    const { secret } = setup();
    assert.deepEqual(await json(await secret('GET', '/v1/mcs/haetsal-mom/statement'), 200, CommissionStatement), demoStatements.mc_haetsalmom01);
    assert.deepEqual(await json(await secret('GET', '/v1/ccs/cc_forestblog1/statement'), 200, CommissionStatement), demoStatements.cc_forestblog1);
    const paused = await json(await secret('GET', '/v1/mcs/paused-mc/statement'), 200, CommissionStatement);
    assert.deepEqual([paused.creatorId, paused.months.length, paused.totals.pending], ['mc_pausedmc01', 0, 0]);
    assert.equal((await secret('GET', '/v1/mcs/nobody-here/statement')).status, 404);
    assert.equal((await secret('GET', '/v1/ccs/cc_nobody00/statement')).status, 404);
    assert.equal((await secret('GET', '/v1/ccs/not-an-id/statement')).status, 400);
  });

  it('refuse the secret-key routes without the secret key, with it in the URL, from a browser, or with a publishable key', async () => {
    const { secret } = setup();
    const refused = [
      await secret('GET', '/v1/mcs/haetsal-mom/statement', undefined, {}),
      await secret('GET', `/v1/mcs/haetsal-mom/statement?key=${MOCK_SECRET_KEY}`, undefined, {}),
      await secret('GET', '/v1/mcs/haetsal-mom/statement', undefined, { Authorization: `Bearer ${MOCK_SECRET_KEY}`, Origin: 'http://localhost:5173' }),
      await secret('GET', '/v1/mcs/haetsal-mom/statement', undefined, { Authorization: `Bearer ${DEMO_PUBLISHABLE_KEY}` }),
      await secret('POST', '/v1/statement-tokens', { role: 'mc', mcCode: 'haetsal-mom' }, { Authorization: 'Bearer sk_test_SomeoneElsesKey0001' }),
    ];
    for (const response of refused) {
      assert.equal(response.status, 401);
      assert.equal(Problem.parse(await response.json()).code, 'unauthorized');
    }
  });
});
