// `npm run bench:referrals`: what an MC's readers cost the server — the referral redirect link
// (each request a new reader: a counted click written), click recording through the API, and the
// badge images (SVG, and PNG rasterised cold — every URL new — and warm — from the cache) —
// median and p99 under concurrent load against the real server (PGlite in a temp folder, or
// PostgreSQL with BENCH_DATABASE_URL). Readers come from many addresses through a trusted proxy
// header, as behind a load balancer, so the per-address limit does not turn the run into 429s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@thecen/server';
import { DEMO_PUBLISHABLE_KEY } from '@thecen/mocks/fixtures';
import { load } from './concurrent-load.js';

const REQUESTS = Number(process.env.BENCH_REFERRAL_REQUESTS ?? 400);
const MC = 'haetsal-mom';
const BROWSER = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';

const dataDir = mkdtempSync(join(tmpdir(), 'cen-bench-'));
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  ...(process.env.BENCH_DATABASE_URL ? { databaseUrl: process.env.BENCH_DATABASE_URL } : { dataDir }),
  seedDemo: true,
  env: { CEN_PAYMENT_PROVIDER: 'test', CEN_TRUST_PROXY: '1' },
});
const api = server.url.replace(/\/$/, '');
/** A reader's network address (documentation ranges, one per request). */
const reader = (i: number) => ({ 'user-agent': BROWSER, 'x-forwarded-for': `198.51.${(i >> 8) & 255}.${i & 255}` });

try {
  const page = (await (await fetch(`${api}/v1/products?key=${DEMO_PUBLISHABLE_KEY}&limit=100`)).json()) as { data: { id: string }[] };
  const products = page.data.map((p) => p.id);
  const looks = ['compact', 'button', 'card'] as const;
  const sizes = ['s', 'm', 'l'] as const;
  console.log(`Server ${api} (${server.db.engine}); ${products.length} products, MC ${MC}\n`);

  await load('redirect /r (click)', REQUESTS, (i) =>
    fetch(`${api}/r/${MC}?product=${products[i % products.length]}`, { redirect: 'manual', headers: reader(i) }),
    (res) => res.status === 302,
  );
  await load('click API', REQUESTS, (i) =>
    fetch(`${api}/v1/referrals/clicks?key=${DEMO_PUBLISHABLE_KEY}`, {
      method: 'POST',
      headers: { ...reader(i + REQUESTS), 'content-type': 'application/json', origin: 'http://localhost:5555' },
      body: JSON.stringify({ mcCode: MC, productId: products[i % products.length], visitorId: `bench-visitor-${i}` }),
    }),
  );
  await load('badge SVG', REQUESTS, (i) => fetch(`${api}/badges/${MC}.svg?product=${products[i % products.length]}&look=card`));
  // Every URL new (product × look × size): nothing comes from the PNG cache.
  const cold = Math.min(REQUESTS, products.length * looks.length * sizes.length);
  await load('badge PNG, cold', cold, (i) => {
    const product = products[i % products.length];
    const look = looks[Math.floor(i / products.length) % looks.length];
    const size = sizes[Math.floor(i / (products.length * looks.length)) % sizes.length];
    return fetch(`${api}/badges/${MC}.png?product=${product}&look=${look}&size=${size}`);
  });
  await load('badge PNG, warm', REQUESTS, () => fetch(`${api}/badges/${MC}.png?product=${products[0]}&look=card`));
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
