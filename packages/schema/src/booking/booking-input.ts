import * as z from 'zod/mini';
import { BookingId, KoreanPhone, Krw, ServiceId, plainText } from '../primitives/fields.js';
import { ServiceArea } from '../entities/service.js';
import { named } from '../registry.js';
import { ConsentAcceptance } from '../checkout/order-input.js';
import { IsoDate } from './availability.js';
import { TIMES_OF_DAY } from './booking.js';
import { BOOKING_TOKEN_PATTERN } from '../checkout/cart-limits.js';
import { ReferralInput } from '../referral/market-creator.js';

const isoInstant = z.iso.datetime({ offset: true, error: 'must be an ISO-8601 time with offset' });

export const BookingContact = named(
  'BookingContact',
  z.strictObject({
    name: plainText(60),
    phone: KoreanPhone,
    email: z.email({ error: 'is not an e-mail address' }),
  }),
);

/** Instant mode: hold a slot for a few minutes while the buyer checks out. */
export const CreateHoldRequest = named(
  'CreateHoldRequest',
  z.strictObject({
    serviceId: ServiceId,
    slotStart: isoInstant,
    partySize: z.int().check(z.gte(1), z.lte(50)),
    /** Where the service visits; checked against the service's areas. */
    area: z.optional(ServiceArea),
    /** The referral the SDK kept; the server decides whether it counts, never blocking the hold. */
    referral: z.optional(ReferralInput),
  }),
);
export type CreateHoldRequest = z.infer<typeof CreateHoldRequest>;

/** Request mode: ask the partner for a quote (상담 후 견적). */
export const CreateInquiryRequest = named(
  'CreateInquiryRequest',
  z.strictObject({
    serviceId: ServiceId,
    needs: plainText(2000),
    area: z.optional(ServiceArea),
    address: z.optional(plainText(300)),
    preferredTimes: z
      .array(z.strictObject({ date: IsoDate, timeOfDay: z.enum(TIMES_OF_DAY) }))
      .check(z.minLength(1, { error: 'choose at least one preferred date' }), z.maxLength(10)),
    partySize: z.optional(z.int().check(z.gte(1), z.lte(50))),
    contact: BookingContact,
    consents: z.array(ConsentAcceptance).check(z.maxLength(20)),
    /** The referral the SDK kept; the server decides whether it counts, never blocking the inquiry. */
    referral: z.optional(ReferralInput),
  }),
);
export type CreateInquiryRequest = z.infer<typeof CreateInquiryRequest>;

/** Partner (secret key): answer an inquiry with a price and slots to choose from. */
export const QuoteBookingRequest = named(
  'QuoteBookingRequest',
  z.strictObject({
    amount: Krw,
    message: plainText(2000, 0),
    proposedSlots: z.array(isoInstant).check(z.minLength(1), z.maxLength(20)),
    validUntil: isoInstant,
  }),
);
export type QuoteBookingRequest = z.infer<typeof QuoteBookingRequest>;

/** Buyer: accept one proposed slot of a quote (then pay through checkout). */
export const AcceptQuoteRequest = named('AcceptQuoteRequest', z.strictObject({ slotStart: isoInstant }));
export type AcceptQuoteRequest = z.infer<typeof AcceptQuoteRequest>;

export const BookingNoteRequest = named('BookingNoteRequest', z.strictObject({ reason: plainText(500) }));
export type BookingNoteRequest = z.infer<typeof BookingNoteRequest>;

export { BOOKING_TOKEN_PATTERN };
export const BookingToken = named(
  'BookingToken',
  z.string().check(z.regex(BOOKING_TOKEN_PATTERN, { error: 'is not a booking token' })),
);
export const BookingTokenParams = z.strictObject({ token: BookingToken });
export const BookingIdParams = z.strictObject({ id: BookingId });
export const ServiceAvailabilityParams = z.strictObject({ id: ServiceId });
