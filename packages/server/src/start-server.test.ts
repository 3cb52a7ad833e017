import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DEMO_CHANNEL } from '@thecen/mocks/fixtures';
import { startServer, type RunningServer } from './start-server.js';

describe('startServer over real HTTP', () => {
  let server: RunningServer;
  let folder: string;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'thecen-server-'));
    await mkdir(join(folder, 'cdn', 'nested'), { recursive: true });
    await writeFile(join(folder, 'cdn', 'cen-widgets.js'), 'export const hello = "안녕";\n');
    await writeFile(join(folder, 'cdn', 'cen-widgets.js.map'), '{"version":3}');
    await writeFile(join(folder, 'cdn', 'nested', 'page.html'), '<p>hi</p>');
    await writeFile(join(folder, 'cdn', '.secret'), 'hidden');
    await writeFile(join(folder, 'outside.txt'), 'outside');
    server = await startServer({ port: 0, staticMounts: [{ prefix: '/cdn/', dir: join(folder, 'cdn') }] });
  });

  after(async () => {
    await server?.close();
    await rm(folder, { recursive: true, force: true });
  });

  test('listens on a random loopback port and seeds the demo in memory', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.ok(server.port > 0);
    const health = await (await fetch(`${server.url}/health`)).json();
    assert.equal(health.engine, 'pglite');
    assert.ok(health.counts.products > 0);
  });

  test('answers the catalog with the demo key and absolute URLs on its own origin', async () => {
    const res = await fetch(`${server.url}/v1/products?key=${DEMO_CHANNEL.publishableKey}&limit=2`, {
      headers: { Origin: 'http://localhost:5173' },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    const page = await res.json();
    assert.equal(page.data.length, 2);
    assert.ok(page.data[0].url.startsWith(`${server.url}/products/`));
  });

  test('a 10 KB query string is a 400 problem, not a crash', async () => {
    const res = await fetch(`${server.url}/v1/products?key=${DEMO_CHANNEL.publishableKey}&q=${'x'.repeat(10_000)}`);
    assert.equal(res.status, 400);
    assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
    assert.equal((await res.json()).errors[0].path, 'query.q');
  });

  test('serves static mounts with content types, ETags and CORS for scripts', async () => {
    const js = await fetch(`${server.url}/cdn/cen-widgets.js`);
    assert.equal(js.status, 200);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(js.headers.get('access-control-allow-origin'), '*');
    assert.equal(await js.text(), 'export const hello = "안녕";\n');
    const etag = js.headers.get('etag')!;
    assert.equal((await fetch(`${server.url}/cdn/cen-widgets.js`, { headers: { 'If-None-Match': etag } })).status, 304);
    const map = await fetch(`${server.url}/cdn/cen-widgets.js.map`);
    assert.match(map.headers.get('content-type') ?? '', /^application\/json/);
    const html = await fetch(`${server.url}/cdn/nested/page.html`);
    assert.match(html.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(html.headers.get('access-control-allow-origin'), null);
    const head = await fetch(`${server.url}/cdn/cen-widgets.js`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String(Buffer.byteLength('export const hello = "안녕";\n')));
  });

  test('static mounts never leave their folder or show hidden files', async () => {
    for (const path of ['/cdn/.secret', '/cdn/%2e%2e/outside.txt', '/cdn/..%2foutside.txt', '/cdn/nested', '/cdn/', '/cdn/missing.js', '/cdn/%E0%A4%A']) {
      const res = await fetch(`${server.url}${path}`);
      assert.equal(res.status, 404, path);
      await res.body?.cancel();
    }
  });

  test('close() stops the server and may be called twice', async () => {
    const other = await startServer({ port: 0, seedDemo: false });
    const health = await (await fetch(`${other.url}/health`)).json();
    assert.deepEqual(health.counts, { partners: 0, products: 0, services: 0, channels: 0 });
    await Promise.all([other.close(), other.close()]);
    await assert.rejects(fetch(`${other.url}/health`));
  });

  test('a port in use is an error, and the database is closed', async () => {
    await assert.rejects(startServer({ port: server.port, seedDemo: false }), /EADDRINUSE/);
  });
});
