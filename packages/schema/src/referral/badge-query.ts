import * as z from 'zod/mini';
import { ProductId, ServiceId } from '../primitives/fields.js';
import { named } from '../registry.js';
import { BADGE_LOOKS, BADGE_SIZES } from './snippet-urls.js';

function atMostOneItem(value: unknown): boolean {
  const v = value as { product?: string; service?: string };
  return v.product === undefined || v.service === undefined;
}

/**
 * Query of the key-less badge image and embed page (`/badges/{code}.svg|png`,
 * `/embed/badge/{code}`): one product or one service (or neither: the MC alone), a look and a
 * size (`compact` and `m` when left out). Other parameters are ignored, so that a blog platform
 * adding its own does not break the image.
 */
export const BadgeQuery = named(
  'BadgeQuery',
  z
    .object({
      product: z.optional(ProductId),
      service: z.optional(ServiceId),
      look: z.optional(z.enum(BADGE_LOOKS)),
      size: z.optional(z.enum(BADGE_SIZES)),
    })
    .check(z.refine(atMostOneItem, { error: 'give a product or a service, not both', path: ['service'] })),
);
export type BadgeQuery = z.infer<typeof BadgeQuery>;
