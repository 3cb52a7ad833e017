import * as z from 'zod/mini';
import { BusinessNumber, Image, IsoDateTime, KoreanPhone, PartnerId, PostalCode, plainText } from '../primitives/fields.js';
import { named } from '../registry.js';

/** Kinds of organisation that may be a Partner Agency (입점사). */
export const ORGANISATION_TYPES = [
  'cooperative', // 협동조합
  'social_cooperative', // 사회적협동조합
  'social_enterprise_certified', // 인증 사회적기업
  'social_enterprise_preliminary', // 예비 사회적기업
  'village_enterprise', // 마을기업
  'self_sufficiency_enterprise', // 자활기업
  'social_venture', // 소셜벤처
  'credit_union', // 신협
  'consumer_coop', // 생협
] as const;
export const OrganisationType = named('OrganisationType', z.enum(ORGANISATION_TYPES));
export type OrganisationType = z.infer<typeof OrganisationType>;

export const MEMBERSHIP_GRADES = ['basic', 'regular', 'excellent'] as const;
export const MembershipGrade = named('MembershipGrade', z.enum(MEMBERSHIP_GRADES));
export type MembershipGrade = z.infer<typeof MembershipGrade>;

export const PARTNER_STATUSES = ['applied', 'under_review', 'active', 'suspended'] as const;
export const PartnerStatus = named('PartnerStatus', z.enum(PARTNER_STATUSES));
export type PartnerStatus = z.infer<typeof PartnerStatus>;

export const Address = named(
  'Address',
  z.object({
    postalCode: PostalCode,
    /** Road-name address (도로명주소). */
    road: plainText(200),
    /** Detail line: building, floor, unit. */
    detail: z.optional(plainText(200, 0)),
  }),
);
export type Address = z.infer<typeof Address>;

/** 통신판매업 신고: either reported (number and the office that took it) or exempt with the reason. */
export const MailOrderRegistration = named(
  'MailOrderRegistration',
  z.discriminatedUnion('status', [
    z.object({
      status: z.literal('reported'),
      number: plainText(60),
      office: plainText(60),
    }),
    z.object({
      status: z.literal('exempt'),
      reason: plainText(200),
    }),
  ]),
);
export type MailOrderRegistration = z.infer<typeof MailOrderRegistration>;

export const Partner = named(
  'Partner',
  z.object({
    id: PartnerId,
    object: z.literal('partner'),
    name: plainText(100),
    organisationType: OrganisationType,
    businessNumber: BusinessNumber,
    mailOrder: MailOrderRegistration,
    representative: plainText(60),
    address: Address,
    phone: KoreanPhone,
    email: z.email({ error: 'is not an e-mail address' }),
    website: z.optional(z.url()),
    membershipGrade: MembershipGrade,
    status: PartnerStatus,
    logo: z.nullable(Image),
    story: plainText(500, 0),
    createdAt: IsoDateTime,
  }),
  'A Partner Agency (입점사) with the seller identity Korean law requires a marketplace to show.',
);
export type Partner = z.infer<typeof Partner>;

/** What a product or service embeds of its partner, enough for a card. */
export const PartnerSummary = named(
  'PartnerSummary',
  z.object({
    id: PartnerId,
    name: plainText(100),
    organisationType: OrganisationType,
    logo: z.nullable(Image),
  }),
);
export type PartnerSummary = z.infer<typeof PartnerSummary>;
