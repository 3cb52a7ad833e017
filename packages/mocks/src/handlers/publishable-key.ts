import { PUBLISHABLE_KEY_PARAM } from '@thecen/schema';
import type { ChannelFixture } from '../fixtures/channel.js';

/** The publishable key of a request: the `key` query parameter, else `Authorization: Bearer pk_…`. */
export function readPublishableKey(request: Request, url: URL): string | null {
  const fromQuery = url.searchParams.get(PUBLISHABLE_KEY_PARAM);
  if (fromQuery) return fromQuery;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ?? null;
}

/** The channel whose publishable key the request carries, or null. */
export function findChannel(request: Request, url: URL, channels: readonly ChannelFixture[]): ChannelFixture | null {
  const key = readPublishableKey(request, url);
  if (!key) return null;
  return channels.find((c) => c.publishableKey === key) ?? null;
}
