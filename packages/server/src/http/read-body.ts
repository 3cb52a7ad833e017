import { issuesToFieldErrors } from '@thecen/schema';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { ProblemError, validationProblem } from './problem.js';
import type { InputSchema } from './validate-input.js';

/** Request bodies of the API are small: a cart of 50 lines is a few kilobytes. */
export const MAX_BODY_BYTES = 64 * 1024;

function tooLarge(limit: number): ProblemError {
  return new ProblemError(413, 'payload_too_large', `The request body is larger than ${limit} bytes.`);
}

/** The body as text, refused (413) beyond `limit` bytes whatever `Content-Length` claims. */
export async function readBodyText(c: Context<AppEnv>, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(c.req.header('Content-Length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  const body = c.req.raw.body;
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw validationProblem([{ path: 'body', message: 'is not UTF-8 text', code: 'invalid_encoding' }]);
  }
}

export interface JsonBody<T> {
  /** The validated (and normalised) input. */
  data: T;
  /** The JSON as sent, before validation (what idempotency keys compare). */
  raw: unknown;
}

/**
 * Reads a JSON body (`Content-Type: application/json`, at most 64 KB) and validates it with the
 * route's schema: a 400 problem with `body.…` field paths, JSON syntax errors included.
 */
export async function readJsonBody<T>(c: Context<AppEnv>, schema: InputSchema<T>): Promise<JsonBody<T>> {
  const type = (c.req.header('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    throw validationProblem([{ path: 'header.Content-Type', message: 'must be application/json', code: 'invalid_content_type' }]);
  }
  const text = await readBodyText(c);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message.slice(0, 200) : 'cannot be parsed';
    throw validationProblem([{ path: 'body', message: `is not valid JSON (${reason})`, code: 'invalid_json' }]);
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw validationProblem(issuesToFieldErrors('body', result.error.issues));
  return { data: result.data, raw };
}
