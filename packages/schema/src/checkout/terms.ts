import * as z from 'zod/mini';
import { Address, MailOrderRegistration } from '../entities/partner.js';
import { BusinessNumber, KoreanPhone, PartnerId, plainText } from '../primitives/fields.js';
import { named } from '../registry.js';

export const CONSENT_TYPES = [
  'purchase_terms', // 구매 이용약관 (필수)
  'personal_info_collection', // 개인정보 수집·이용 (필수)
  'personal_info_provision', // 개인정보 제3자 제공: 판매 입점사 (필수)
  'marketing', // 마케팅 정보 수신 (선택)
] as const;
export const ConsentType = named('ConsentType', z.enum(CONSENT_TYPES));
export type ConsentType = z.infer<typeof ConsentType>;

/** A consent shown at checkout with its full text; the order records its type and version. */
export const ConsentDocument = named(
  'ConsentDocument',
  z.object({
    type: ConsentType,
    /** Changes whenever the text changes, e.g. `2026-11-01`. */
    version: plainText(40),
    required: z.boolean(),
    title: plainText(200),
    /** Plain text; line breaks separate paragraphs. */
    text: z.string(),
  }),
);
export type ConsentDocument = z.infer<typeof ConsentDocument>;

/** The seller identity Korean law requires before payment (전자상거래법). */
export const SellerIdentity = named(
  'SellerIdentity',
  z.object({
    partnerId: PartnerId,
    /** 상호 */
    name: plainText(100),
    /** 대표자 */
    representative: plainText(60),
    /** 사업자등록번호, 10 digits */
    businessNumber: BusinessNumber,
    /** 통신판매업 신고번호 or the reason for the exemption */
    mailOrder: MailOrderRegistration,
    address: Address,
    phone: KoreanPhone,
    email: z.string(),
  }),
);
export type SellerIdentity = z.infer<typeof SellerIdentity>;

/** The mall's own identity as a broker (통신판매중개자). */
export const PlatformIdentity = named(
  'PlatformIdentity',
  z.object({
    name: plainText(100),
    representative: plainText(60),
    businessNumber: BusinessNumber,
    mailOrderNumber: plainText(60),
    address: plainText(200),
    phone: KoreanPhone,
    email: z.string(),
    hostingProvider: plainText(100),
  }),
);
export type PlatformIdentity = z.infer<typeof PlatformIdentity>;

export const CheckoutTerms = named(
  'CheckoutTerms',
  z.object({
    object: z.literal('checkout_terms'),
    platform: PlatformIdentity,
    /** "더 쎈은 통신판매중개자로서 통신판매의 당사자가 아닙니다…" shown before payment. */
    intermediaryNotice: z.string(),
    withdrawal: z.object({
      /** Days from delivery (or contract, if later) within which the buyer may withdraw. */
      days: z.int(),
      text: z.string(),
      exceptions: z.array(z.string()),
    }),
    consents: z.array(ConsentDocument),
    /** Hours a virtual account stays open for the deposit (after which the order expires). */
    virtualAccountHours: z.int(),
  }),
  'What checkout must show and record: platform identity, broker notice, withdrawal rights and consent texts (per mall).',
);
export type CheckoutTerms = z.infer<typeof CheckoutTerms>;
