import * as z from 'zod/mini';
import { OrderId } from '../primitives/fields.js';
import { named } from '../registry.js';
import { PaymentMethod } from './order-input.js';

import { ORDER_TOKEN_PATTERN } from './cart-limits.js';

export { ORDER_TOKEN_PATTERN };

export const OrderToken = named(
  'OrderToken',
  z.string().check(z.regex(ORDER_TOKEN_PATTERN, { error: 'is not an order token' })),
  'Signed token with which a buyer reads and manages one order.',
);

export const OrderTokenParams = z.strictObject({ token: OrderToken });
export const OrderIdParams = z.strictObject({ id: OrderId });

export const StartPaymentRequest = named(
  'StartPaymentRequest',
  z.strictObject({ paymentMethod: PaymentMethod }),
);
export type StartPaymentRequest = z.infer<typeof StartPaymentRequest>;
