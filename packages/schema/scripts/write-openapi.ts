import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateOpenApi } from '../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const doc = JSON.stringify(generateOpenApi(), null, 2) + '\n';
for (const target of ['docs/reference/openapi.json', 'packages/schema/dist/openapi.json']) {
  const file = resolve(root, target);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, doc);
  console.log(`wrote ${target} (${doc.length} bytes)`);
}
