import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { idempotencyFingerprint, idempotencyKeyErrors } from '@thecen/schema';
import type { Database, Queryable } from '../db/database.js';
import { ProblemError, validationProblem } from '../http/problem.js';

/** How long a request holds its key while working; a crashed one's key is taken over after that. */
export const IDEMPOTENCY_LEASE_MS = 30_000;
/** How long a retry waits for the first request with its key to finish. */
const WAIT_FOR_FIRST_MS = 20_000;
const POLL_MS = 15;

export interface StoredAnswer {
  status: number;
  body: string;
}

export interface IdempotencyScope {
  channelId: string;
  key: string;
  /** Route name; the same key on another route is a reuse. */
  route: string;
  requestHash: string;
}

export interface IdempotentWork {
  /** Does the work. `recordResource` (inside the work's transaction) names what it created. */
  execute(recordResource: (tx: Queryable, resourceId: string) => Promise<void>): Promise<StoredAnswer>;
  /** Finishes the work of a first request that died after creating `resourceId`. */
  resume?(resourceId: string): Promise<StoredAnswer>;
}

/** The `Idempotency-Key` header; a 400 problem when it is missing or malformed. */
export function idempotencyKeyOf(header: string | undefined): string {
  const errors = idempotencyKeyErrors(header);
  if (errors.length > 0) throw validationProblem(errors);
  return header!;
}

/** A hash of what makes two requests "the same": the route, its path and its JSON body (key order ignored). */
export function requestHashOf(route: string, path: string, body: unknown): string {
  return createHash('sha256').update(idempotencyFingerprint(route, path, body)).digest('hex');
}

interface KeyRow {
  route: string;
  request_hash: string;
  status: 'processing' | 'done';
  locked_until: Date | null;
  resource_id: string | null;
  response_status: number | null;
  response_body: string | null;
}

function reused(): ProblemError {
  return new ProblemError(
    409,
    'idempotency_key_reused',
    'This Idempotency-Key was already used with a different request. Use a new key for a new request.',
  );
}

/**
 * Runs a write once per idempotency key: the first request does the work and stores its answer;
 * a retry with the same body gets that answer (even while the first is still running: it waits);
 * the same key with another body is a 409. A failed attempt that created nothing frees the key;
 * one that created something (an order) is finished by the next retry (`resume`). Problems are
 * not stored: nothing was changed, and the retry runs again.
 */
export async function runIdempotent(db: Database, scope: IdempotencyScope, work: IdempotentWork): Promise<StoredAnswer & { replayed: boolean }> {
  const waitUntil = Date.now() + WAIT_FOR_FIRST_MS;
  for (;;) {
    const lease = new Date(Date.now() + IDEMPOTENCY_LEASE_MS);
    const claimed = await db.query(
      `INSERT INTO idempotency_keys (channel_id, key, route, request_hash, status, locked_until)
       VALUES ($1, $2, $3, $4, 'processing', $5) ON CONFLICT (channel_id, key) DO NOTHING RETURNING key`,
      [scope.channelId, scope.key, scope.route, scope.requestHash, lease],
    );
    let resourceId: string | null = null;
    if (claimed.length === 0) {
      const [row] = await db.query<KeyRow>(
        `SELECT route, request_hash, status, locked_until, resource_id, response_status, response_body
           FROM idempotency_keys WHERE channel_id = $1 AND key = $2`,
        [scope.channelId, scope.key],
      );
      if (!row) continue; // freed in the meantime: claim it again
      if (row.route !== scope.route || row.request_hash !== scope.requestHash) throw reused();
      if (row.status === 'done') return { status: row.response_status!, body: row.response_body!, replayed: true };
      if (row.locked_until && row.locked_until.getTime() > Date.now()) {
        if (Date.now() > waitUntil) {
          throw new ProblemError(409, 'idempotency_key_in_use', 'The first request with this Idempotency-Key is still running; retry in a moment.', {
            headers: { 'Retry-After': '1' },
          });
        }
        await sleep(POLL_MS);
        continue;
      }
      // The first request died (or failed after creating something): take its key over.
      const taken = await db.query<{ resource_id: string | null }>(
        `UPDATE idempotency_keys SET locked_until = $3
          WHERE channel_id = $1 AND key = $2 AND status = 'processing' AND locked_until IS NOT DISTINCT FROM $4
          RETURNING resource_id`,
        [scope.channelId, scope.key, lease, row.locked_until],
      );
      if (taken.length === 0) continue;
      resourceId = taken[0]!.resource_id;
    }

    try {
      const answer =
        resourceId !== null && work.resume
          ? await work.resume(resourceId)
          : await work.execute(async (tx, id) => {
              await tx.query('UPDATE idempotency_keys SET resource_id = $3 WHERE channel_id = $1 AND key = $2', [scope.channelId, scope.key, id]);
            });
      await db.query(
        `UPDATE idempotency_keys SET status = 'done', locked_until = NULL, response_status = $3, response_body = $4
          WHERE channel_id = $1 AND key = $2`,
        [scope.channelId, scope.key, answer.status, answer.body],
      );
      return { ...answer, replayed: false };
    } catch (error) {
      // Created nothing: free the key. Created something: let the next retry finish it now.
      await db.query(
        `DELETE FROM idempotency_keys WHERE channel_id = $1 AND key = $2 AND status = 'processing' AND resource_id IS NULL`,
        [scope.channelId, scope.key],
      );
      await db.query(
        `UPDATE idempotency_keys SET locked_until = to_timestamp(0) WHERE channel_id = $1 AND key = $2 AND status = 'processing'`,
        [scope.channelId, scope.key],
      );
      throw error;
    }
  }
}

/** How long the answer of a finished request is replayed to retries with its key. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60_000;

/** Forgets finished keys older than the retention (the expiry sweeper calls it); returns how many. */
export async function pruneIdempotencyKeys(db: Database, now: Date = new Date()): Promise<number> {
  const rows = await db.query(`DELETE FROM idempotency_keys WHERE status = 'done' AND created_at < $1 RETURNING key`, [
    new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS),
  ]);
  return rows.length;
}
