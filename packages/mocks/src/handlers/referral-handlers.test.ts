import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { createHandlers } from './create-handlers.js';
import { DEMO_PUBLISHABLE_KEY } from '../fixtures/channel.js';

const BASE = 'http://referrals.mock.test';

async function withServer(run: () => Promise<void>) {
  const server = setupServer(...createHandlers({ baseUrl: BASE }));
  server.listen({ onUnhandledRequest: 'error' });
  try {
    await run();
  } finally {
    server.close();
  }
}

const click = (body: unknown) =>
  fetch(`${BASE}/v1/referrals/clicks?key=${DEMO_PUBLISHABLE_KEY}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_PUBLISHABLE_KEY}` },
    body: JSON.stringify(body),
  });

test('GET /v1/mcs/{code} answers a demo MC, 404 for an unknown code', () =>
  withServer(async () => {
    const ok = await fetch(`${BASE}/v1/mcs/haetsal-mom?key=${DEMO_PUBLISHABLE_KEY}`);
    assert.equal(ok.status, 200);
    assert.equal((await ok.json()).displayName, '햇살맘의 살림 일기');
    assert.equal((await fetch(`${BASE}/v1/mcs/nobody-here?key=${DEMO_PUBLISHABLE_KEY}`)).status, 404);
    assert.equal((await fetch(`${BASE}/v1/mcs/haetsal-mom`)).status, 401);
  }));

test('POST /v1/referrals/clicks counts a click once per visitor and MC', () =>
  withServer(async () => {
    const first = await click({ mcCode: 'haetsal-mom', visitorId: 'visitor0001' });
    assert.equal(first.status, 201);
    const recorded = await first.json();
    assert.equal(recorded.counted, true);
    assert.match(recorded.clickId, /^clk_[a-z0-9]{4,32}$/);
    assert.equal((await (await click({ mcCode: 'haetsal-mom', visitorId: 'visitor0001' })).json()).reason, 'duplicate');
    assert.equal((await (await click({ mcCode: 'paused-mc', visitorId: 'visitor0001' })).json()).reason, 'inactive');
    assert.equal((await (await click({ mcCode: 'nobody-here', visitorId: 'visitor0001' })).json()).reason, 'unknown_referrer');
    assert.equal((await click({ mcCode: 'haetsal-mom', visitorId: 'x' })).status, 400);
  }));
