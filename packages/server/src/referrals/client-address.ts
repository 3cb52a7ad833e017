import { createHmac, randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { Database } from '../db/database.js';

const ON_VALUES = new Set(['1', 'true', 'yes', 'on']);

/** `CEN_TRUST_PROXY=1`: the server runs behind a reverse proxy that sets `X-Forwarded-For`. */
export function trustsProxy(env: Record<string, string | undefined> | undefined): boolean {
  return ON_VALUES.has((env?.CEN_TRUST_PROXY ?? '').trim().toLowerCase());
}

/**
 * The network address a request came from: the first hop of `X-Forwarded-For` when the server
 * trusts its proxy, otherwise the socket's peer (`@hono/node-server`); undefined when neither is
 * known (a request made in memory, `app.request` in tests). Never stored as it is.
 */
export function clientAddressOf(c: Context, options: { trustProxy: boolean }): string | undefined {
  if (options.trustProxy) {
    const first = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (first && isIP(first)) return first;
  }
  try {
    const address = getConnInfo(c).remote.address;
    return address && isIP(address) ? address : undefined;
  } catch {
    return undefined;
  }
}

/** Eight groups of an IPv6 address, `::` expanded (an embedded IPv4 tail kept as two groups). */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().split('%')[0]!;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -v4[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * What the per-address limit counts by: an IPv4 address as it is (also when written as an
 * IPv4-mapped IPv6 address), an IPv6 address by its /64 network — one subscriber line gets a
 * whole /64 and can change the rest at will.
 */
export function addressKeyOf(address: string): string {
  if (isIP(address) === 4) return address;
  const groups = ipv6Groups(address);
  const mapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (mapped) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(':')}::/64`;
}

const ADDRESS_KEY_NAME = 'click_address_hash_key';
const keys = new WeakMap<Database, Promise<string>>();

/**
 * The key of the address hashes: generated at first use and kept in the database (like the
 * signing secret), so that servers sharing a database count together and restarts keep counting.
 */
function addressHashKey(db: Database): Promise<string> {
  let key = keys.get(db);
  if (!key) {
    key = (async () => {
      await db.query('INSERT INTO server_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
        ADDRESS_KEY_NAME,
        randomBytes(32).toString('base64url'),
      ]);
      const [row] = await db.query<{ value: string }>('SELECT value FROM server_secrets WHERE name = $1', [ADDRESS_KEY_NAME]);
      if (!row) throw new Error('the click address key could not be stored');
      return row.value;
    })();
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}

/** HMAC-SHA-256 of the address's key (see `addressKeyOf`) under a server secret: the only form an address is stored in. */
export async function clientAddressHash(db: Database, address: string): Promise<string> {
  return createHmac('sha256', await addressHashKey(db)).update(addressKeyOf(address)).digest('hex');
}
