import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function bundle(entry: string) {
  return esbuild.build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
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
