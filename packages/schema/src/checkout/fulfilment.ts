import * as z from 'zod/mini';
import { OrderId, SubOrderId, plainText } from '../primitives/fields.js';
import { named } from '../registry.js';

export const SubOrderParams = z.strictObject({ id: OrderId, subOrderId: SubOrderId });

/**
 * Partner or operator (secret key): a sub-order was shipped (carrier and tracking number) or
 * delivered. Delivery starts the withdrawal period (청약철회 7 days) after which referral
 * commission on the sub-order becomes payable.
 */
export const SubOrderFulfilmentRequest = named(
  'SubOrderFulfilmentRequest',
  z.discriminatedUnion('status', [
    z.strictObject({ status: z.literal('shipped'), carrier: plainText(60), trackingNumber: z.string().check(z.regex(/^[A-Za-z0-9-]{4,40}$/, { error: 'must be 4–40 letters, digits or dashes' })) }),
    z.strictObject({ status: z.literal('delivered') }),
  ]),
);
export type SubOrderFulfilmentRequest = z.infer<typeof SubOrderFulfilmentRequest>;
