import type { Queryable } from '../db/database.js';

/** A sales channel (mall): the site(s) allowed to use one publishable key. */
export interface Channel {
  id: string;
  name: string;
  publishableKey: string;
  /** Exact origins (`https://coop.example`) or port wildcards (`http://localhost:*`). */
  allowedOrigins: string[];
}

interface ChannelRow {
  id: string;
  name: string;
  publishable_key: string;
  allowed_origins: string[];
}

export async function findChannelByPublishableKey(db: Queryable, key: string): Promise<Channel | null> {
  const [row] = await db.query<ChannelRow>(
    'SELECT id, name, publishable_key, allowed_origins FROM channels WHERE publishable_key = $1',
    [key],
  );
  return row ? { id: row.id, name: row.name, publishableKey: row.publishable_key, allowedOrigins: row.allowed_origins } : null;
}

export async function insertChannel(db: Queryable, channel: Channel): Promise<void> {
  await db.query(
    'INSERT INTO channels (id, name, publishable_key, allowed_origins) VALUES ($1, $2, $3, $4::text[])',
    [channel.id, channel.name, channel.publishableKey, channel.allowedOrigins],
  );
}
