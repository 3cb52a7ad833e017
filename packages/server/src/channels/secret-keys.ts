import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import type { Channel } from '../catalog/channel.js';

/** `sk_test_…` / `sk_live_…`: a channel's secret key, for servers only. */
export const SECRET_KEY_PATTERN = /^sk_(test|live)_[A-Za-z0-9]{16,64}$/;

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A new random secret key (32 base-62 characters after the prefix, about 190 bits). */
export function generateSecretKey(mode: 'test' | 'live' = 'test'): string {
  const bytes = randomBytes(64);
  let out = '';
  // 248 is the largest multiple of 62 below 256: rejection sampling keeps it uniform.
  for (const byte of bytes) {
    if (byte < 248) out += BASE62[byte % 62];
    if (out.length === 32) break;
  }
  if (out.length < 32) return generateSecretKey(mode);
  return `sk_${mode}_${out}`;
}

/** What is stored instead of the key: its SHA-256, hex. */
export function hashSecretKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Registers a secret key for a channel (only its hash is kept). Registering it again does nothing. */
export async function registerSecretKey(db: Queryable, channelId: string, key: string): Promise<void> {
  if (!SECRET_KEY_PATTERN.test(key)) throw new Error('a secret key looks like sk_test_… or sk_live_… (16–64 letters or digits)');
  await db.query(
    `INSERT INTO channel_secret_keys (key_hash, channel_id, hint) VALUES ($1, $2, $3) ON CONFLICT (key_hash) DO NOTHING`,
    [hashSecretKey(key), channelId, key.slice(-4)],
  );
}

/** Revokes a key: requests with it are refused from then on. */
export async function revokeSecretKey(db: Queryable, key: string, at: Date = new Date()): Promise<void> {
  await db.query('UPDATE channel_secret_keys SET revoked_at = $2 WHERE key_hash = $1 AND revoked_at IS NULL', [hashSecretKey(key), at]);
}

export async function channelHasSecretKey(db: Queryable, channelId: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM channel_secret_keys WHERE channel_id = $1 AND revoked_at IS NULL LIMIT 1', [channelId]);
  return rows.length > 0;
}

interface ChannelRow {
  id: string;
  name: string;
  publishable_key: string;
  allowed_origins: string[];
}

/** The channel of a valid (not revoked) secret key, looked up by the key's hash. */
export async function findChannelBySecretKey(db: Queryable, key: string): Promise<Channel | null> {
  const [row] = await db.query<ChannelRow>(
    `SELECT c.id, c.name, c.publishable_key, c.allowed_origins
       FROM channel_secret_keys k JOIN channels c ON c.id = k.channel_id
      WHERE k.key_hash = $1 AND k.revoked_at IS NULL`,
    [hashSecretKey(key)],
  );
  return row ? { id: row.id, name: row.name, publishableKey: row.publishable_key, allowedOrigins: row.allowed_origins } : null;
}
