import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../../..', import.meta.url));

async function bundleInputs(entry: string): Promise<string[]> {
  const result = await esbuild.build({
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
  return Object.keys(result.metafile.inputs);
}

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
