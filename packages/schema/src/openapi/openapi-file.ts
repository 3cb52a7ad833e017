import { generateOpenApi } from './generate-openapi.js';

/** Where `npm run openapi` writes the document, relative to the repository root. */
export const OPENAPI_FILES = ['docs/reference/openapi.json', 'packages/schema/dist/openapi.json'] as const;

/** The generated OpenAPI document exactly as it is written to the committed file. */
export function serializeOpenApi(): string {
  return JSON.stringify(generateOpenApi(), null, 2) + '\n';
}
