import * as z from 'zod/mini';
import { named } from '../registry.js';

/** Machine-readable problem codes; `type` is `https://docs.thecen.kr/problems/<code>`. */
export const PROBLEM_CODES = [
  'validation_failed',
  'not_found',
  'unauthorized',
  'forbidden_origin',
  'method_not_allowed',
  'payload_too_large',
  'rate_limited',
  'internal',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const PROBLEM_TYPE_BASE = 'https://docs.thecen.kr/problems/';

export const FieldError = named(
  'FieldError',
  z.object({
    /** Where the bad value is: `query.minPrice`, `path.id`, `body.buyer.phone`. */
    path: z.string(),
    message: z.string(),
    code: z.string(),
  }),
);
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, sent as `application/problem+json`. */
export const Problem = named(
  'Problem',
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.optional(z.string()),
    instance: z.optional(z.string()),
    code: z.string(),
    errors: z.optional(z.array(FieldError)),
    requestId: z.optional(z.string()),
  }),
  'An error (RFC 9457 problem details) with field paths for invalid input.',
);
export type Problem = z.infer<typeof Problem>;

/** Turns zod issues into field errors under a location prefix (`query`, `path`, `body`). */
export function issuesToFieldErrors(
  location: 'query' | 'path' | 'body' | 'header',
  issues: readonly { path: readonly PropertyKey[]; message: string; code: string; keys?: readonly string[] }[],
): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) {
        out.push({ path: [location, ...issue.path.map(String), key].join('.'), message: 'is not a known parameter', code: issue.code });
      }
      continue;
    }
    out.push({ path: [location, ...issue.path.map(String)].join('.'), message: issue.message, code: issue.code });
  }
  return out;
}
