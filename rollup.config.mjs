// Builds every package of the kit: ESM (one file per module, for tree-shaking) plus `.d.ts`
// (emitted by `tsc -b`), and the widgets' minified one-file CDN bundles, whose sizes are printed
// on every build.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { writeWidgetsReference } from './scripts/write-widgets-reference.mjs';

const only = process.env.CEN_BUILD_ONLY?.split(',');

/** Emits declarations for every package once per build (project references). */
function declarations() {
  let done = false;
  return {
    name: 'cen-declarations',
    buildStart() {
      if (done || process.env.CEN_SKIP_DTS) return;
      done = true;
      execFileSync('npx', ['tsc', '-b', 'tsconfig.json'], { stdio: 'inherit' });
    },
  };
}

/** Prints raw, gzip and brotli sizes of each emitted chunk. */
function reportSizes() {
  return {
    name: 'cen-report-sizes',
    generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const code = Buffer.from(chunk.code);
        const gzip = gzipSync(code, { level: 9 }).length;
        const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
        console.log(`  ${chunk.fileName}: ${code.length} B raw, ${gzip} B gzip, ${brotli} B brotli`);
      }
    },
  };
}

/**
 * Generates the widgets' custom-elements manifest from their JSDoc after the npm build, then the
 * Markdown reference docs/reference/widgets.md from the manifest.
 */
function customElementsManifest() {
  return {
    name: 'cen-custom-elements-manifest',
    writeBundle() {
      execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { cwd: 'packages/widgets', stdio: 'inherit' });
      console.log(`  wrote ${relative(process.cwd(), writeWidgetsReference())}`);
    },
  };
}

const esbuildPlugin = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', minify: false });

function dependencies(pkg) {
  const json = JSON.parse(readFileSync(`packages/${pkg}/package.json`, 'utf8'));
  return [...Object.keys(json.dependencies ?? {}), ...Object.keys(json.peerDependencies ?? {})];
}

/** npm build of one package: every module kept as its own file under dist/. */
function npmBuild(pkg, inputs, extraPlugins = []) {
  const external = dependencies(pkg);
  return {
    input: Object.fromEntries(inputs.map((i) => [i.replace(/^src\//, '').replace(/\.ts$/, ''), `packages/${pkg}/${i}`])),
    external: (id) => id.startsWith('node:') || external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
    plugins: [declarations(), nodeResolve({ exportConditions: ['source'], extensions: ['.ts', '.js'] }), esbuildPlugin(), ...extraPlugins],
    output: {
      dir: `packages/${pkg}/dist`,
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: `packages/${pkg}/src`,
      sourcemap: true,
    },
  };
}

/**
 * Minified browser bundle: lit and the SDK core inlined, production conditions only. Parts the
 * buyer opens later (cart drawer, checkout) are dynamic imports and become chunks beside it.
 */
function cdnBuild(input, file) {
  return {
    input: `packages/widgets/${input}`,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'production'], extensions: ['.ts', '.js'] }),
      esbuildPlugin(),
      terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } }),
      reportSizes(),
    ],
    // The lazy chunks import lit and the shared modules from the entry itself: no facade file
    // (which would add a request before anything renders).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'packages/widgets/dist/cdn',
      entryFileNames: file,
      chunkFileNames: 'chunks/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
  };
}

const builds = {
  schema: () => npmBuild('schema', ['src/index.ts', 'src/browser.ts']),
  sdk: () => npmBuild('sdk', ['src/index.ts', 'src/core.ts', 'src/referral.ts']),
  mocks: () => npmBuild('mocks', ['src/index.ts', 'src/fixtures/index.ts', 'src/node.ts', 'src/browser.ts', 'src/fetch.ts']),
  widgets: () => [
    npmBuild(
      'widgets',
      [
        'src/index.ts',
        'src/product-card.ts',
        'src/service-card.ts',
        'src/product-grid.ts',
        'src/store.ts',
        'src/config/index.ts',
        'src/add-to-cart.ts',
        'src/cart-button.ts',
        'src/cart.ts',
        'src/checkout.ts',
        'src/order-status.ts',
        'src/service-booking.ts',
        'src/booking-status.ts',
        'src/mc-badge.ts',
        'src/mc-stats.ts',
        'src/snippet-builder.ts',
      ],
      [customElementsManifest()],
    ),
    cdnBuild('src/index.ts', 'cen-widgets.js'),
    cdnBuild('src/product-card.ts', 'cen-product-card.js'),
    // For MCs' blogs: a page with referral badges only.
    cdnBuild('src/mc-badge.ts', 'cen-mc-badge.js'),
  ],
  server: () => npmBuild('server', ['src/index.ts', 'src/main.ts']),
};

// Chunk names carry content hashes: start the CDN folder empty so stale chunks never ship.
if (!only || only.includes('widgets')) rmSync('packages/widgets/dist/cdn', { recursive: true, force: true });

export default Object.entries(builds)
  .filter(([name]) => !only || only.includes(name))
  .flatMap(([, make]) => make());
