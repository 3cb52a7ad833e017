import * as z from 'zod/mini';
import { isValidBusinessNumber, normalizeBusinessNumber } from './business-number.js';
import { ID_PREFIXES, idPattern, type IdKind } from './ids.js';
import { MAX_KRW } from './money.js';
import { isValidKoreanPhone, normalizePhone } from './phone.js';
import { named } from '../registry.js';

/** An id of the given kind, e.g. `prd_wooriwheat01`. */
export function idSchema(kind: IdKind) {
  return z.string().check(
    z.regex(idPattern(kind), { error: `must be a ${kind} id like ${ID_PREFIXES[kind]}_…` }),
  );
}

export const PartnerId = named('PartnerId', idSchema('partner'));
export const ProductId = named('ProductId', idSchema('product'));
export const ServiceId = named('ServiceId', idSchema('service'));
export const OrderId = named('OrderId', idSchema('order'));
export const SubOrderId = named('SubOrderId', idSchema('subOrder'));
export const OrderLineId = named('OrderLineId', idSchema('orderLine'));
export const PaymentId = named('PaymentId', idSchema('payment'));
export const RefundId = named('RefundId', idSchema('refund'));
export const BookingId = named('BookingId', idSchema('booking'));
export const MarketCreatorId = named('MarketCreatorId', idSchema('marketCreator'));
export const ContentCreatorId = named('ContentCreatorId', idSchema('contentCreator'));
export const ContentId = named('ContentId', idSchema('content'));

/** An integer amount of Korean won (no minor unit). */
export const Krw = named(
  'Krw',
  z.int().check(
    z.gte(0, { error: 'must be zero or more won' }),
    z.lte(MAX_KRW, { error: 'is larger than the API accepts' }),
  ),
  'Integer amount of Korean won (KRW has no minor unit).',
);

/** Business registration number: accepted with or without dashes, output as 10 digits. */
export const BusinessNumber = named(
  'BusinessNumber',
  z.string().check(
    z.overwrite(normalizeBusinessNumber),
    z.refine(isValidBusinessNumber, { error: 'is not a valid business registration number (check digit)' }),
  ),
  '사업자등록번호: 10 digits; the 10th is a check digit. Dashes are accepted on input and removed.',
);

/** Korean phone number: accepted with dashes, stored as digits. */
export const KoreanPhone = named(
  'KoreanPhone',
  z.string().check(
    z.overwrite(normalizePhone),
    z.refine(isValidKoreanPhone, { error: 'is not a Korean phone number' }),
  ),
);

export const PostalCode = named(
  'PostalCode',
  z.string().check(z.trim(), z.regex(/^\d{5}$/, { error: 'must be a 5-digit postal code' })),
);

/** Plain text from partners or MCs: trimmed, bounded, no control characters. */
export function plainText(max: number, min = 1) {
  return z.string().check(
    z.trim(),
    z.minLength(min, { error: min === 1 ? 'must not be empty' : `must have at least ${min} characters` }),
    z.maxLength(max, { error: `must have at most ${max} characters` }),
    // eslint-disable-next-line no-control-regex
    z.regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, { error: 'contains control characters' }),
  );
}

export const IsoDateTime = z.iso.datetime({ offset: true });

export const Image = named(
  'Image',
  z.object({
    url: z.string().check(z.minLength(1)),
    alt: plainText(200, 0),
    width: z.optional(z.int().check(z.gte(1))),
    height: z.optional(z.int().check(z.gte(1))),
  }),
  'An image with its alternative text for screen readers.',
);
export type Image = z.infer<typeof Image>;
