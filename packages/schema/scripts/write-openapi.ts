import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPENAPI_FILES, serializeOpenApi } from '../src/openapi/openapi-file.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const doc = serializeOpenApi();
for (const target of OPENAPI_FILES) {
  const file = resolve(root, target);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, doc);
  console.log(`wrote ${target} (${doc.length} bytes)`);
}
