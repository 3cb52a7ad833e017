import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { OPENAPI_FILES, serializeOpenApi } from './openapi-file.js';

const committedFile = new URL('../../../../docs/reference/openapi.json', import.meta.url);

test('docs/reference/openapi.json is the document generated from the schemas', () => {
  assert.equal(OPENAPI_FILES[0], 'docs/reference/openapi.json');
  const committed = readFileSync(committedFile, 'utf8');
  const generated = serializeOpenApi();
  if (committed === generated) return;
  // Name the first difference, then fail with the instruction that fixes it.
  const committedLines = committed.split('\n');
  const generatedLines = generated.split('\n');
  const line = committedLines.findIndex((text, i) => text !== generatedLines[i]);
  const at = line === -1 ? generatedLines.length : line + 1;
  assert.fail(
    `docs/reference/openapi.json is stale: it differs from generateOpenApi() at line ${at} ` +
      `(committed: ${JSON.stringify(committedLines[at - 1] ?? '<end of file>')}, generated: ${JSON.stringify(generatedLines[at - 1] ?? '<end of file>')}). ` +
      'Run `npm run openapi` and commit the result.',
  );
});
