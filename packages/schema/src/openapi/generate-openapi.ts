import * as z from 'zod/mini';
import { apiRegistry } from '../registry.js';
import { routes, type RouteDefinition } from '../routes/routes.js';
import { Problem } from '../api/problem.js';

type JsonSchema = Record<string, unknown>;

const REF_PREFIX = '#/components/schemas/';

function componentRef(schema: z.ZodMiniType): JsonSchema | undefined {
  const meta = apiRegistry.get(schema);
  return meta ? { $ref: REF_PREFIX + meta.id } : undefined;
}

/** Points local `$defs` references at the shared components (every named schema is one). */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$defs' || key === '$schema') continue;
      out[key] = key === '$ref' && typeof inner === 'string' ? inner.replace('#/$defs/', REF_PREFIX) : rewriteRefs(inner);
    }
    return out;
  }
  return value;
}

function unwrapOptional(schema: z.ZodMiniType): z.ZodMiniType {
  const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodMiniType } } })._zod.def;
  return def.type === 'optional' && def.innerType ? def.innerType : schema;
}

function toSchema(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const inner = unwrapOptional(schema);
  const ref = componentRef(inner);
  if (ref) return ref;
  const json = z.toJSONSchema(inner, { metadata: apiRegistry, io, unrepresentable: 'any' });
  return rewriteRefs(json) as JsonSchema;
}

/** The object shape of a params or query schema (its fields become OpenAPI parameters). */
function shapeOf(schema: z.ZodMiniType): Record<string, z.ZodMiniType> {
  const def = (schema as unknown as { _zod: { def: { shape?: Record<string, z.ZodMiniType> } } })._zod.def;
  return def.shape ?? {};
}

function isOptional(schema: z.ZodMiniType): boolean {
  return (schema as unknown as { _zod: { optin?: string } })._zod.optin === 'optional';
}

function parameters(def: RouteDefinition): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [location, schema] of [['path', def.params], ['query', def.query]] as const) {
    if (!schema) continue;
    for (const [name, field] of Object.entries(shapeOf(schema))) {
      const fieldSchema = toSchema(field, 'input');
      out.push({
        name,
        in: location,
        required: location === 'path' || !isOptional(field),
        schema: fieldSchema,
        ...(typeof fieldSchema.description === 'string' ? { description: fieldSchema.description } : {}),
      });
    }
  }
  if (def.idempotent) {
    out.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description: 'A unique key per intended write (e.g. a UUID). Retries with the same key and body get the first answer; the write happens once.',
      schema: { type: 'string', minLength: 8, maxLength: 100 },
    });
  }
  if (def.auth === 'secret') return out;
  out.push({
    name: 'key',
    in: 'query',
    required: false,
    description: 'Publishable key (pk_…). Browsers send it here so that GET requests need no CORS preflight; servers may send `Authorization: Bearer pk_…` instead.',
    schema: { type: 'string', pattern: '^pk_(test|live)_[A-Za-z0-9]{8,64}$' },
  });
  return out;
}

function problemResponse(description: string): JsonSchema {
  return { description, content: { 'application/problem+json': { schema: { $ref: REF_PREFIX + 'Problem' } } } };
}

/** Builds the OpenAPI 3.1 document of the API from the route table and the registered schemas. */
export function generateOpenApi(options: { serverUrl?: string; version?: string } = {}): JsonSchema {
  // Make sure Problem is registered even when no route references it directly.
  void Problem;
  const components = z.toJSONSchema(apiRegistry, {
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => REF_PREFIX + id,
  }) as { schemas: Record<string, JsonSchema> };
  const schemas = rewriteRefs(components.schemas) as Record<string, JsonSchema>;

  const pathsObject: Record<string, Record<string, JsonSchema>> = {};
  for (const [operationId, def] of Object.entries(routes) as [string, RouteDefinition][]) {
    const responses: Record<string, JsonSchema> = {
      [String(def.successStatus ?? 200)]: {
        description: def.successStatus === 201 ? 'Created' : 'OK',
        ...(def.cacheable
          ? { headers: { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } } }
          : {}),
        content: { 'application/json': { schema: toSchema(def.response, 'output') } },
      },
      '400': problemResponse('Invalid input; `errors` lists each bad field with its path.'),
      '401': problemResponse(def.auth === 'secret' ? 'Missing or unknown secret key.' : 'Missing or unknown publishable key.'),
      '403': problemResponse('The request origin is not allowed for this key.'),
    };
    if (def.cacheable) responses['304'] = { description: 'Not modified (If-None-Match matched the ETag).' };
    if (def.params) responses['404'] = problemResponse('No such resource.');
    if (def.idempotent) {
      responses['409'] = problemResponse('The Idempotency-Key was used with a different request, or the request conflicts with the current state (e.g. cart problems).');
    }
    const operation: JsonSchema = {
      operationId,
      summary: def.summary,
      tags: def.tags,
      parameters: parameters(def),
      responses,
    };
    if (def.auth === 'secret') operation.security = [{ secretKey: [] }];
    if (def.body) {
      operation.requestBody = { required: true, content: { 'application/json': { schema: toSchema(def.body, 'input') } } };
    }
    (pathsObject[def.path] ??= {})[def.method.toLowerCase()] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'The CEN embed API',
      version: options.version ?? '1',
      description:
        'Catalog, checkout, booking and referral API of The CEN (더 쎈), the social-economy marketplace. Generated from the zod schemas of @thecen/schema.',
    },
    servers: [{ url: options.serverUrl ?? 'http://localhost:8787' }],
    paths: pathsObject,
    components: {
      schemas,
      securitySchemes: {
        publishableKeyQuery: { type: 'apiKey', in: 'query', name: 'key' },
        publishableKeyBearer: { type: 'http', scheme: 'bearer' },
        secretKey: { type: 'http', scheme: 'bearer', description: 'Secret key (sk_…), server-to-server only.' },
      },
    },
    security: [{ publishableKeyQuery: [] }, { publishableKeyBearer: [] }],
  };
}
