// `npm start`: the reference server with demo data (embedded PGlite in .data/, or PostgreSQL via
// DATABASE_URL), the widgets' CDN bundle served by it, and the example co-op site on its own
// origin. Honours PORT (API, default 8787) and SITE_PORT (example co-op site, default PORT + 1; the MC's
// blog and the MC studio run on the next two ports).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { issueStatementToken, loadSigningSecret, startServer } from '@thecen/server';
import { DEMO_PUBLISHABLE_KEY } from '@thecen/mocks/fixtures';
import { startExampleSites } from './example-site-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = `${root}packages/widgets/dist/cdn`;

if (!existsSync(`${cdnDir}/cen-widgets.js`) || process.env.CEN_REBUILD === '1') {
  console.log('Building the widgets bundle…');
  execFileSync('npx', ['rollup', '-c', 'rollup.config.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CEN_BUILD_ONLY: 'widgets', CEN_SKIP_DTS: '1' },
  });
}

const port = Number(process.env.PORT ?? 8787);
const sitePort = Number(process.env.SITE_PORT ?? port + 1);
const host = process.env.HOST ?? '127.0.0.1';
const apiUrl = process.env.CEN_PUBLIC_URL ?? `http://localhost:${port}`;

const dataDir = process.env.CEN_DATA_DIR ?? `${root}.data/pglite`;
const api = await startServer({
  port,
  host,
  publicUrl: apiUrl,
  databaseUrl: process.env.DATABASE_URL,
  dataDir,
  seedDemo: process.env.CEN_SEED_DEMO !== 'false',
  staticMounts: [{ prefix: '/cdn/', dir: cdnDir }],
  // The server's own product and service pages sell with the demo mall's key (referral links land there).
  mall: { publishableKey: process.env.CEN_MALL_PUBLISHABLE_KEY?.trim() || DEMO_PUBLISHABLE_KEY, scriptUrl: '/cdn/cen-widgets.js' },
});
const sites = await startExampleSites({ examplesDir: `${root}examples`, port: sitePort, host, apiOrigin: apiUrl });
// The demo MC's own statement link (what the operator sends an MC): the studio reads it from the URL.
const demoMc = 'haetsal-mom';
const statement =
  process.env.CEN_SEED_DEMO !== 'false'
    ? await issueStatementToken(api.db, await loadSigningSecret(api.db, process.env.CEN_SIGNING_SECRET), { role: 'mc', mcCode: demoMc }, new Date())
    : null;
const studioUrl = statement ? `${sites.studioUrl}?statement=${encodeURIComponent(statement.token)}` : sites.studioUrl;

console.log(`
The CEN embed kit demo is running.

  Example co-op site:  ${sites.siteUrl}
  MC's blog post:      ${sites.blogUrl}   (referral snippets with and without JavaScript)
  MC studio:           ${studioUrl}
                       (${demoMc}'s snippet builder and statement; the link carries the MC's own statement token)
  API base URL:        ${apiUrl}/v1   (OpenAPI: ${apiUrl}/v1/openapi.json)
  Widgets bundle:      ${apiUrl}/cdn/cen-widgets.js
  Publishable key:     ${DEMO_PUBLISHABLE_KEY}
  Secret key:          ${api.demoSecretKey ?? '(generated at the first start and shown then; set CEN_DEMO_SECRET_KEY to choose one)'}
                       server-side only (refunds, order lookups): never put it in a web page
  Payments:            ${(process.env.CEN_PAYMENT_PROVIDER?.trim() || 'test') === 'test' ? 'built-in test provider (approve, decline, virtual account on its own page)' : process.env.CEN_PAYMENT_PROVIDER}
  Storage:             ${api.db.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${dataDir}`}

Press Ctrl+C to stop.`);

async function shutdown() {
  await sites.close();
  await api.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
