import * as z from 'zod/mini';
import { Image, IsoDateTime, Krw, PartnerId, ServiceId, plainText } from '../primitives/fields.js';
import { KOREAN_REGION_CODES } from '../primitives/korean-regions.js';
import { named } from '../registry.js';
import { PartnerSummary } from './partner.js';
import { CatalogTag } from './product.js';

export const SERVICE_GROUPS = ['care', 'living', 'education', 'business_support'] as const;
export const ServiceGroup = named('ServiceGroup', z.enum(SERVICE_GROUPS));
export type ServiceGroup = z.infer<typeof ServiceGroup>;

export const PRICING_MODES = ['fixed', 'starting_from', 'quote'] as const;

/** Fixed price, a "from" price, or a quote after consultation (상담 후 견적). */
export const ServicePricing = named(
  'ServicePricing',
  z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('fixed'), price: Krw }),
    z.object({ mode: z.literal('starting_from'), price: Krw }),
    z.object({ mode: z.literal('quote') }),
  ]),
);
export type ServicePricing = z.infer<typeof ServicePricing>;

export const DELIVERY_MODES = ['visit', 'at_partner', 'online'] as const;
export const DeliveryMode = named('DeliveryMode', z.enum(DELIVERY_MODES));
export type DeliveryMode = z.infer<typeof DeliveryMode>;

export const BOOKING_MODES = ['instant', 'request'] as const;
export const BookingMode = named('BookingMode', z.enum(BOOKING_MODES));
export type BookingMode = z.infer<typeof BookingMode>;

export const KoreanRegionCode = named('KoreanRegionCode', z.enum(KOREAN_REGION_CODES as [string, ...string[]]));

export const ServiceArea = named(
  'ServiceArea',
  z.object({
    region: KoreanRegionCode,
    /** District name in Korean (e.g. `마포구`); absent when the whole region is served. */
    district: z.optional(plainText(40)),
  }),
);
export type ServiceArea = z.infer<typeof ServiceArea>;

export const SERVICE_STATUSES = ['draft', 'active', 'hidden', 'discontinued'] as const;
export const ServiceStatus = named('ServiceStatus', z.enum(SERVICE_STATUSES));

export const Service = named(
  'Service',
  z.object({
    id: ServiceId,
    object: z.literal('service'),
    partnerId: PartnerId,
    partner: PartnerSummary,
    title: plainText(120),
    summary: plainText(300, 0),
    /** Rich text as HTML, sanitised by the server on output. */
    descriptionHtml: z.string(),
    group: ServiceGroup,
    pricing: ServicePricing,
    /** Typical duration in minutes; null when it varies (e.g. decided at consultation). */
    durationMinutes: z.nullable(z.int().check(z.gte(1))),
    deliveryModes: z.array(DeliveryMode),
    areas: z.array(ServiceArea),
    bookingMode: BookingMode,
    images: z.array(Image),
    tags: z.array(CatalogTag),
    status: ServiceStatus,
    url: z.string(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  }),
  'A service (서비스) offered by a partner: care, living, education or business support.',
);
export type Service = z.infer<typeof Service>;
