import { generateOpenApi } from '@thecen/schema';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { cachedResponse } from '../http/cached-response.js';
import { outputContextOf } from './output-context-of.js';

/** `GET /v1/openapi.json`: the API description generated from the schemas (no key, any origin). */
export function registerOpenApiRoute(app: Hono<AppEnv>, publicUrl: string | undefined): void {
  const documents = new Map<string, string>();
  app.get('/v1/openapi.json', (c) => {
    const serverUrl = outputContextOf(c, publicUrl).baseUrl;
    let body = documents.get(serverUrl);
    if (body === undefined) {
      body = JSON.stringify(generateOpenApi({ serverUrl }), null, 2);
      if (documents.size < 20) documents.set(serverUrl, body);
    }
    return cachedResponse(c, {
      body,
      contentType: 'application/json; charset=utf-8',
      cacheControl: 'public, max-age=300',
      headers: { 'Access-Control-Allow-Origin': '*' },
    });
  });
}
