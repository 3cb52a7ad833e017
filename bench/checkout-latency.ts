// `npm run bench:checkout`: latency of the cart quote and of order creation on this machine,
// median and p99, under concurrent load against the real server (PGlite in a temp folder by
// default, PostgreSQL with BENCH_DATABASE_URL). Loopback only; bounded in count and time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@thecen/server';
import { DEMO_PUBLISHABLE_KEY } from '@thecen/mocks/fixtures';
import { load } from './concurrent-load.js';

const QUOTES = Number(process.env.BENCH_QUOTES ?? 800);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 300);

const dataDir = mkdtempSync(join(tmpdir(), 'cen-bench-'));
const server = await startServer({
  port: 0,
  host: '127.0.0.1',
  ...(process.env.BENCH_DATABASE_URL ? { databaseUrl: process.env.BENCH_DATABASE_URL } : { dataDir }),
  seedDemo: true,
});
const api = server.url.replace(/\/$/, '');
const origin = 'http://localhost:5555';
const headers = { 'content-type': 'application/json', authorization: `Bearer ${DEMO_PUBLISHABLE_KEY}`, origin };

try {
  const terms = (await (await fetch(`${api}/v1/checkout/terms?key=${DEMO_PUBLISHABLE_KEY}`)).json()) as {
    consents: { type: string; version: string; required: boolean }[];
  };
  // Untracked-stock products so that orders never run out during the run.
  const page = (await (await fetch(`${api}/v1/products?key=${DEMO_PUBLISHABLE_KEY}&limit=100`)).json()) as {
    data: { id: string; partnerId: string; stock: number | null; variants: unknown[] }[];
  };
  const plentiful = page.data.filter((p) => p.variants.length === 0 && (p.stock === null || p.stock > 1000));
  const picks = (plentiful.length >= 3 ? plentiful : page.data.filter((p) => p.variants.length === 0)).slice(0, 3);
  const lines = picks.map((p) => ({ productId: p.id, quantity: 1 }));
  console.log(`Server ${api} (${server.db.engine}); cart of ${lines.length} lines from ${new Set(picks.map((p) => p.partnerId)).size} partners\n`);

  await load('cart quote', QUOTES, () =>
    fetch(`${api}/v1/cart/quote`, { method: 'POST', headers, body: JSON.stringify({ lines, postalCode: '04001' }) }),
  );
  await load('order create', ORDERS, (i) =>
    fetch(`${api}/v1/orders`, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': `bench-${process.pid}-${i}` },
      body: JSON.stringify({
        lines,
        buyer: { name: '김벤치', phone: '010-1234-5678', email: 'bench@example.kr' },
        shippingAddress: { recipient: '김벤치', phone: '010-1234-5678', postalCode: '04001', road: '서울특별시 마포구 월드컵로 1', detail: '2층' },
        consents: terms.consents.map((c) => ({ type: c.type, version: c.version, accepted: c.required })),
        receipt: { type: 'none' },
        paymentMethod: 'card',
        returnUrl: `${origin}/order`,
      }),
    }),
  );
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
