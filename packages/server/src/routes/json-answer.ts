import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import type { StoredAnswer } from '../orders/idempotency.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/** A JSON answer that no cache keeps (orders hold personal data). */
export function jsonAnswer(data: unknown, status = 200): StoredAnswer {
  return { status, body: JSON.stringify(data) };
}

/** Sends a stored (or fresh) answer; `Idempotent-Replayed: true` when it repeats an earlier one. */
export function sendAnswer(c: Context<AppEnv>, answer: StoredAnswer & { replayed?: boolean }): Response {
  return c.body(answer.body, answer.status as 200, {
    'Content-Type': JSON_TYPE,
    'Cache-Control': 'no-store',
    ...(answer.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
  });
}
