// `npm run bench:size`: prints raw, gzip and brotli bytes of the widgets' CDN bundles against
// their budgets and against peers (figures from shared/brief/PERF.md).
import { measureBundles } from './measure-bundles.mjs';

const PEERS = [
  ['Shopify Buy Button', 49714],
  ['Cal.com embed core', 14817],
  ['Shoelace (3 components + theme)', 22127],
];

const rows = measureBundles();
const pad = (s, n) => String(s).padStart(n);
console.log(`${'bundle'.padEnd(24)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}${pad('budget', 10)}  what`);
for (const r of rows) {
  const verdict = r.brotli <= r.budget ? 'ok' : 'OVER';
  console.log(`${r.file.padEnd(24)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}${pad(r.budget, 10)}  ${r.what} [${verdict}]`);
}
console.log('\nPeers (brotli bytes):');
for (const [name, brotli] of PEERS) console.log(`  ${name.padEnd(34)}${pad(brotli, 8)}`);
