import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateOpenApi } from './generate-openapi.js';
import { routes, type RouteDefinition } from '../routes/routes.js';

test('every route is in the generated document with its parameters and a 200 schema', () => {
  const doc = generateOpenApi() as { openapi: string; paths: Record<string, Record<string, any>>; components: { schemas: Record<string, unknown> } };
  assert.equal(doc.openapi, '3.1.0');
  for (const [name, def] of Object.entries(routes) as [string, RouteDefinition][]) {
    const op = doc.paths[def.path]?.[def.method.toLowerCase()];
    assert.ok(op, `${name} missing`);
    assert.equal(op.operationId, name);
    assert.ok(op.responses[String(def.successStatus ?? 200)].content['application/json'].schema);
  }
  const params = doc.paths['/v1/products']!.get.parameters.map((p: { name: string }) => p.name);
  for (const p of ['partner', 'category', 'tag', 'q', 'minPrice', 'maxPrice', 'sort', 'cursor', 'limit', 'key']) assert.ok(params.includes(p), p);
  assert.ok(doc.components.schemas.Product && doc.components.schemas.Problem && doc.components.schemas.Service);
});

test('all references resolve to components', () => {
  const doc = generateOpenApi();
  const json = JSON.stringify(doc);
  const refs = [...json.matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
  assert.ok(refs.length > 20);
  const schemas = (doc as { components: { schemas: Record<string, unknown> } }).components.schemas;
  for (const ref of refs) {
    assert.ok(ref.startsWith('#/components/schemas/'), ref);
    assert.ok(schemas[ref.slice('#/components/schemas/'.length)], ref);
  }
});
