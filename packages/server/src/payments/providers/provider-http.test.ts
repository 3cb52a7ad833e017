import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createProviderHttpClient } from './provider-http.js';

const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

const client = createProviderHttpClient({
  baseUrl: 'https://pg.example/',
  headers: { authorization: 'Test fake-credential' },
  timeoutMs: 1_000,
  maxRetries: 2,
  retryDelayMs: 0,
});

test('sends JSON with the configured headers and reads JSON back', async () => {
  server.use(
    http.post('https://pg.example/v1/things', async ({ request }) => {
      assert.equal(request.headers.get('authorization'), 'Test fake-credential');
      assert.equal(request.headers.get('content-type'), 'application/json');
      assert.equal(request.headers.get('idempotency-key'), 'key-1');
      return HttpResponse.json({ echoed: await request.json() }, { status: 201 });
    }),
  );
  const response = await client.request({ method: 'POST', path: '/v1/things', body: { a: 1 }, headers: { 'idempotency-key': 'key-1' } });
  assert.deepEqual(response, { kind: 'ok', status: 201, body: { echoed: { a: 1 } }, attempts: 1 });
});

test('retries 429 (honouring a zero Retry-After) and 5xx, not other 4xx', async () => {
  let calls = 0;
  server.use(
    http.get('https://pg.example/busy', () => {
      calls++;
      return calls < 3
        ? new HttpResponse('slow down', { status: calls === 1 ? 429 : 503, headers: { 'retry-after': '0' } })
        : HttpResponse.json({ ok: true });
    }),
    http.get('https://pg.example/bad', () => HttpResponse.json({ code: 'INVALID_REQUEST' }, { status: 400 })),
  );
  const busy = await client.request({ method: 'GET', path: '/busy' });
  assert.equal(busy.kind, 'ok');
  assert.equal(busy.attempts, 3);
  const bad = await client.request({ method: 'GET', path: '/bad' });
  assert.deepEqual(bad, { kind: 'http_error', status: 400, body: { code: 'INVALID_REQUEST' }, attempts: 1 });
});

test('gives up after maxRetries and keeps a non-JSON body as text', async () => {
  let calls = 0;
  server.use(
    http.get('https://pg.example/down', () => {
      calls++;
      return new HttpResponse('<html>Bad Gateway</html>', { status: 502 });
    }),
  );
  const response = await client.request({ method: 'GET', path: '/down' });
  assert.deepEqual(response, { kind: 'http_error', status: 502, body: '<html>Bad Gateway</html>', attempts: 3 });
  assert.equal(calls, 3);
});
