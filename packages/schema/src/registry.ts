import * as z from 'zod/mini';

/**
 * Every named schema of the API is registered here with its component id; the OpenAPI document
 * is generated from this registry and the route table.
 */
export const apiRegistry = z.registry<{ id: string; description?: string }>();

export function named<T extends z.core.$ZodType>(id: string, schema: T, description?: string): T {
  apiRegistry.add(schema, description ? { id, description } : { id });
  return schema;
}
