import { PUBLISHABLE_KEY_PARAM, issuesToFieldErrors, type FieldError } from '@thecen/schema';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { validationProblem } from './problem.js';

interface Issue {
  path: readonly PropertyKey[];
  message: string;
  code: string;
  keys?: readonly string[];
}

/** The part of a zod schema the server uses (the server never imports zod itself). */
export interface InputSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly Issue[] } };
}

/**
 * The query string as an object of single values, without the publishable key. A parameter
 * given more than once is an error: the API never takes lists as repeated parameters.
 */
export function queryObject(url: string): { values: Record<string, string>; errors: FieldError[] } {
  const values: Record<string, string> = Object.create(null) as Record<string, string>;
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  for (const [name, value] of new URL(url).searchParams) {
    if (name === PUBLISHABLE_KEY_PARAM) continue;
    if (seen.has(name)) {
      if (!errors.some((e) => e.path === `query.${name}`)) {
        errors.push({ path: `query.${name}`, message: 'must be given once', code: 'repeated_parameter' });
      }
      continue;
    }
    seen.add(name);
    values[name] = value;
  }
  return { values, errors };
}

function parseOrThrow<T>(schema: InputSchema<T>, location: 'query' | 'path', value: unknown, earlier: FieldError[] = []): T {
  const result = schema.safeParse(value);
  if (result.success && earlier.length === 0) return result.data;
  const errors = result.success ? earlier : [...earlier, ...issuesToFieldErrors(location, result.error.issues)];
  throw validationProblem(errors);
}

/** Validates the query string with a route's query schema; throws a 400 problem with field paths. */
export function parseQuery<T>(c: Context<AppEnv>, schema: InputSchema<T>): T {
  const { values, errors } = queryObject(c.req.url);
  return parseOrThrow(schema, 'query', { ...values }, errors);
}

/** Validates the path parameters with a route's params schema; throws a 400 problem with field paths. */
export function parsePathParams<T>(c: Context<AppEnv>, schema: InputSchema<T>): T {
  return parseOrThrow(schema, 'path', c.req.param());
}

/** Routes without a query schema take no query parameters (besides the key). */
export const EMPTY_QUERY = {
  safeParse(value: unknown) {
    const keys = Object.keys(value as object);
    return keys.length === 0
      ? { success: true as const, data: {} }
      : { success: false as const, error: { issues: [{ path: [], message: 'is not a known parameter', code: 'unrecognized_keys', keys }] } };
  },
};
