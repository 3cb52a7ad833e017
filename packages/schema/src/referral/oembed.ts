import * as z from 'zod/mini';
import { named } from '../registry.js';

/** `GET /oembed?url=…` (oEmbed 1.0): product pages, referral links and MC badge URLs of this server. */
export const OEmbedQuery = named(
  'OEmbedQuery',
  z.strictObject({
    url: z.string().check(z.minLength(1), z.maxLength(2000)),
    format: z.optional(z.literal('json', { error: 'only json is supported' })),
    maxwidth: z.optional(z.coerce.number().check(z.int(), z.gte(120), z.lte(2000))),
    maxheight: z.optional(z.coerce.number().check(z.int(), z.gte(60), z.lte(2000))),
  }),
);
export type OEmbedQuery = z.infer<typeof OEmbedQuery>;

export const OEmbedResponse = named(
  'OEmbedResponse',
  z.object({
    type: z.literal('rich'),
    version: z.literal('1.0'),
    title: z.string(),
    author_name: z.optional(z.string()),
    provider_name: z.string(),
    provider_url: z.string(),
    html: z.string(),
    width: z.int(),
    height: z.int(),
    thumbnail_url: z.optional(z.string()),
    thumbnail_width: z.optional(z.int()),
    thumbnail_height: z.optional(z.int()),
    cache_age: z.optional(z.int()),
  }),
);
export type OEmbedResponse = z.infer<typeof OEmbedResponse>;
