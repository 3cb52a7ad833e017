import * as z from 'zod/mini';
import { ContentCreatorId, ContentId, Image, IsoDateTime, Krw, MarketCreatorId, OrderId, PartnerId, ProductId, ServiceId, plainText } from '../primitives/fields.js';
import { named } from '../registry.js';
import { CONTENT_ID_PATTERN, REFERRAL_CODE_PATTERN } from './referral-params.js';

export const MC_KINDS = ['corporate', 'individual', 'public_interest', 'celebrity'] as const;
export const MarketCreatorKind = named('MarketCreatorKind', z.enum(MC_KINDS));

export const ReferralCode = named(
  'ReferralCode',
  z.string().check(z.regex(REFERRAL_CODE_PATTERN, { error: 'must be 3–32 lower-case letters, digits or dashes' })),
);

export const McCodeParams = z.strictObject({ code: ReferralCode });

/** A Market Creator's public face (for badges and snippets). */
export const MarketCreator = named(
  'MarketCreator',
  z.object({
    id: MarketCreatorId,
    object: z.literal('market_creator'),
    code: ReferralCode,
    kind: MarketCreatorKind,
    displayName: plainText(60),
    avatar: z.nullable(Image),
    introduction: plainText(500, 0),
    status: z.enum(['active', 'suspended']),
    /** Set when the MC is a partner acting as a corporate MC: it never earns on its own products. */
    partnerId: z.nullable(PartnerId),
  }),
);
export type MarketCreator = z.infer<typeof MarketCreator>;

export const CONTENT_KINDS = ['blog_post', 'video', 'article'] as const;

export const ContentItem = named(
  'ContentItem',
  z.object({
    id: ContentId,
    object: z.literal('content_item'),
    creatorId: ContentCreatorId,
    creatorName: plainText(60),
    kind: z.enum(CONTENT_KINDS),
    title: plainText(200),
    url: z.url(),
    productIds: z.array(ProductId),
  }),
);
export type ContentItem = z.infer<typeof ContentItem>;

/** What a checkout or booking sends about its referral; the server decides whether it counts. */
export const ReferralInput = named(
  'ReferralInput',
  z.strictObject({
    mcCode: z.optional(z.nullable(ReferralCode)),
    contentId: z.optional(z.nullable(z.string().check(z.regex(CONTENT_ID_PATTERN, { error: 'is not a content id' })))),
    clickId: z.optional(z.nullable(z.string().check(z.regex(/^clk_[a-z0-9]{4,32}$/)))),
    capturedAt: z.iso.datetime({ offset: true }),
  }),
);
export type ReferralInput = z.infer<typeof ReferralInput>;

/** Records a referral click seen by the SDK (landing with `cen_mc` / `cen_cc`). */
export const RecordClickRequest = named(
  'RecordClickRequest',
  z.strictObject({
    mcCode: z.optional(ReferralCode),
    contentId: z.optional(z.string().check(z.regex(CONTENT_ID_PATTERN))),
    productId: z.optional(ProductId),
    serviceId: z.optional(ServiceId),
    /** First-party visitor id kept by the SDK on the host site (random; no personal data). */
    visitorId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/)),
    landingUrl: z.optional(z.string().check(z.maxLength(2000))),
  }),
);
export type RecordClickRequest = z.infer<typeof RecordClickRequest>;

export const ClickRecorded = named(
  'ClickRecorded',
  z.object({
    object: z.literal('referral_click'),
    clickId: z.nullable(z.string()),
    /** False when the click was ignored (unknown or inactive MC, duplicate, rate-limited, bot). */
    counted: z.boolean(),
    reason: z.nullable(z.enum(['unknown_referrer', 'inactive', 'duplicate', 'rate_limited', 'bot'])),
    /** The mall's attribution window in days (the publishable key's channel): how long the SDK keeps the referral. */
    windowDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
  }),
);
export type ClickRecorded = z.infer<typeof ClickRecorded>;

export const LEDGER_STATUSES = ['pending', 'payable', 'reversed'] as const;

export const LedgerEntry = named(
  'LedgerEntry',
  z.object({
    id: z.string(),
    role: z.enum(['mc', 'cc']),
    orderId: OrderId,
    /** Commissionable base in won (the attributed lines, net of refunds for reversals). */
    base: Krw,
    /** Basis points (1% = 100). */
    rateBps: z.int(),
    /** Positive for earned commission, negative for a reversal. */
    amount: z.int(),
    status: z.enum(LEDGER_STATUSES),
    createdAt: IsoDateTime,
    payableAt: z.nullable(IsoDateTime),
  }),
);
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const StatementMonth = named(
  'StatementMonth',
  z.object({
    month: z.string(),
    clicks: z.int(),
    orders: z.int(),
    pending: z.int(),
    payable: z.int(),
    reversed: z.int(),
  }),
);

export const CommissionStatement = named(
  'CommissionStatement',
  z.object({
    object: z.literal('commission_statement'),
    role: z.enum(['mc', 'cc']),
    creatorId: z.string(),
    displayName: z.string(),
    months: z.array(StatementMonth),
    entries: z.array(LedgerEntry),
    totals: z.object({ pending: z.int(), payable: z.int(), reversed: z.int() }),
  }),
  'Clicks, orders and commission of one MC or CC by month (with its own statement token).',
);
export type CommissionStatement = z.infer<typeof CommissionStatement>;
