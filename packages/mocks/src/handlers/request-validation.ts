import { issuesToFieldErrors, PUBLISHABLE_KEY_PARAM, type FieldError } from '@thecen/schema';
import { validationProblem } from './problem-response.js';

export interface SafeParser<T> {
  safeParse(input: unknown):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string; code: string }[] } };
}

export type Validated<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * Query parameters as an object for a route's query schema. `key` (the publishable key) is not a
 * query field; a parameter given twice stays an array so the schema rejects it.
 */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of params) {
    if (name === PUBLISHABLE_KEY_PARAM) continue;
    const previous = out[name];
    out[name] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return out;
}

/** Parses `input` with a route schema; a failure becomes a 400 problem with field paths. */
export function validate<T>(location: 'query' | 'path' | 'body' | 'header', schema: SafeParser<T>, input: unknown, instance?: string): Validated<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldError[] = issuesToFieldErrors(
    location,
    result.error.issues as Parameters<typeof issuesToFieldErrors>[1],
  );
  return { ok: false, response: validationProblem(errors, instance) };
}

/**
 * The JSON body of a write checked with the route's body schema: a body that is not JSON, or does
 * not match, becomes a 400 problem with `body.…` field paths. `raw` is the JSON as sent (what an
 * idempotency key compares).
 */
export async function readJsonBody<T>(
  request: Request,
  schema: SafeParser<T>,
  instance?: string,
): Promise<{ ok: true; data: T; raw: unknown } | { ok: false; response: Response }> {
  let raw: unknown;
  try {
    raw = JSON.parse(await request.text());
  } catch {
    return { ok: false, response: validationProblem([{ path: 'body', message: 'is not valid JSON', code: 'invalid_json' }], instance) };
  }
  const parsed = validate('body', schema, raw, instance);
  return parsed.ok ? { ...parsed, raw } : parsed;
}
