// Sizes of the widgets' CDN bundles as a browser downloads them: raw, gzip -9 and brotli q11.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
export const CDN_DIR = `${root}packages/widgets/dist/cdn`;

/** Budgets from issue 2, in brotli bytes (1 KB = 1024 B). */
export const BUDGETS = {
  'cen-product-card.js': 12 * 1024,
  'cen-widgets.js': 20 * 1024,
  // A blog post with referral badges only (`<cen-mc-badge>`).
  'cen-mc-badge.js': 12 * 1024,
};

export const BUNDLES = [
  { file: 'cen-widgets.js', what: 'whole CDN bundle (all elements)' },
  { file: 'cen-product-card.js', what: 'page using only <cen-product-card>' },
  { file: 'cen-mc-badge.js', what: 'blog post using only <cen-mc-badge>' },
];

export function ensureBuilt() {
  if (BUNDLES.every((b) => existsSync(`${CDN_DIR}/${b.file}`))) return;
  execFileSync('npx', ['rollup', '-c', 'rollup.config.mjs'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CEN_BUILD_ONLY: 'widgets', CEN_SKIP_DTS: '1' },
  });
}

export function sizes(code) {
  const buf = Buffer.from(code);
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function measureBundles() {
  ensureBuilt();
  return BUNDLES.map((b) => {
    const code = readFileSync(`${CDN_DIR}/${b.file}`, 'utf8');
    return { ...b, code, ...sizes(code), budget: BUDGETS[b.file] };
  });
}
