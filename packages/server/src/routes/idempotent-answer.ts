import type { Context } from 'hono';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { idempotencyKeyOf, requestHashOf, runIdempotent, type IdempotentWork } from '../orders/idempotency.js';
import { sendAnswer } from './json-answer.js';

/**
 * Runs a write of a route once per `Idempotency-Key` of the key's channel (same key and body →
 * the first answer, replayed) and sends the answer.
 */
export async function answerIdempotently(
  c: Context<AppEnv>,
  db: Database,
  route: string,
  raw: unknown,
  work: IdempotentWork,
): Promise<Response> {
  const key = idempotencyKeyOf(c.req.header('Idempotency-Key'));
  const scope = { channelId: c.get('channel').id, key, route, requestHash: requestHashOf(route, c.req.path, raw) };
  return sendAnswer(c, await runIdempotent(db, scope, work));
}
