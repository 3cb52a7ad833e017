/** Detail of `cen-referral-attributed`: the referral the landing URL carried. */
export interface CenReferralAttributedDetail {
  /** MC referral code (`cen_mc`), or null. */
  mcCode: string | null;
  /** CC content id (`cen_cc`), or null. */
  contentId: string | null;
  /** When it was captured (ISO-8601); the attribution window runs from here. */
  capturedAt: string;
}
/** Fired on `document` (bubbles, composed) when the widgets captured a referral from the landing URL. */
export type CenReferralAttributedEvent = CustomEvent<CenReferralAttributedDetail>;

declare global {
  interface DocumentEventMap {
    'cen-referral-attributed': CenReferralAttributedEvent;
  }
}
