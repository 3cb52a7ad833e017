import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.js';

const SIGNING_SECRET_NAME = 'order_token_signing_secret';
const MIN_SECRET_LENGTH = 32;

/**
 * The secret that signs order tokens and test-payment links: `CEN_SIGNING_SECRET` when it is
 * set (at least 32 characters), otherwise one generated at the first start and kept in the
 * database, so that tokens stay valid across restarts and across servers sharing the database.
 */
export async function loadSigningSecret(db: Database, fromEnv?: string | undefined): Promise<string> {
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_SECRET_LENGTH) throw new Error(`CEN_SIGNING_SECRET must have at least ${MIN_SECRET_LENGTH} characters`);
    return fromEnv;
  }
  const generated = randomBytes(32).toString('base64url');
  // Two servers starting together: the first insert wins and both read it back.
  await db.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [SIGNING_SECRET_NAME, generated]);
  const [row] = await db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [SIGNING_SECRET_NAME]);
  if (!row) throw new Error('the signing secret could not be stored');
  return row.value;
}

/** Loads the secret once, at first use. */
export function lazySigningSecret(db: Database, fromEnv?: string | undefined): () => Promise<string> {
  let pending: Promise<string> | undefined;
  return () => {
    pending ??= loadSigningSecret(db, fromEnv).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
