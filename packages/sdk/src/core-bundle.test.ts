import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Bundles a file of this folder, or (`{ contents }`) a module written here importing from it. */
function bundle(entry: string | { contents: string }) {
  return esbuild.build({
    ...(typeof entry === 'string'
      ? { entryPoints: [fileURLToPath(new URL(entry, import.meta.url))] }
      : { stdin: { contents: entry.contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' as const } }),
    absWorkingDir: root,
    bundle: true,
    write: false,
    conditions: ['source'],
    metafile: true,
    minify: true,
    format: 'esm',
    logLevel: 'silent',
  });
}

async function bundleInputs(entry: string): Promise<string[]> {
  return Object.keys((await bundle(entry)).metafile.inputs);
}

/** Minified, brotli q11: 2,715 B with the catalog resources, 3,301 B with checkout, cart and orders, 3,621 B with bookings, 3,739 B with market creators and referrals. */
const CORE_BUDGET_BROTLI = 4 * 1024;

test(`the minified core stays within ${CORE_BUDGET_BROTLI} B brotli (it rides in every widget bundle)`, async () => {
  const [output] = (await bundle('./core.ts')).outputFiles;
  const brotli = brotliCompressSync(output!.contents, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  assert.ok(brotli <= CORE_BUDGET_BROTLI, `${brotli} B`);
  assert.ok(brotli > 1024, `${brotli} B: the measure bundled the client`);
});

const brotliOf = (code: Uint8Array) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Method names found only in the code of the resources other than the products'. */
const OTHER_RESOURCES = ['markNoShow', 'updateFulfilment', 'createToken', 'recordClick', 'requestCancellation', 'cancelAsPartner'];
/** What a product card carries of the SDK (requester, errors, batch loading, products): 3,216 B. */
const PRODUCTS_ONLY_BUDGET_BROTLI = 3328;

test(`the core is tree-shakable: the requester and the products resource alone stay within ${PRODUCTS_ONLY_BUDGET_BROTLI} B brotli`, async () => {
  const [whole] = (await bundle('./core.ts')).outputFiles;
  const [products] = (
    await bundle({
      contents: "import { createCoreRequester, productsResource } from './core.ts'; export const make = (options) => productsResource(createCoreRequester(options));",
    })
  ).outputFiles;
  const code = products!.text;
  for (const name of OTHER_RESOURCES) {
    assert.ok(whole!.text.includes(name), `the whole core has ${name}`);
    assert.ok(!code.includes(name), `the products-only bundle has no ${name}`);
  }
  assert.ok(code.includes('load'), 'it has the products resource');
  const size = brotliOf(products!.contents);
  assert.ok(size <= PRODUCTS_ONLY_BUDGET_BROTLI, `${size} B`);
  assert.ok(size < brotliOf(whole!.contents) - 600, `${size} B is well below the whole core`);
});

test('the module graph of @thecen/sdk/core does not import zod', async () => {
  const inputs = await bundleInputs('./core.ts');
  assert.ok(inputs.some((path) => path.endsWith('packages/schema/src/routes/paths.ts')), 'the bundle resolved the schema package');
  const zod = inputs.filter((path) => path.includes('node_modules/zod'));
  assert.deepEqual(zod, []);
});

test('the check would notice zod: @thecen/sdk does import it', async () => {
  const inputs = await bundleInputs('./index.ts');
  assert.ok(inputs.some((path) => path.includes('node_modules/zod')));
});
