/**
 * Paths of the referral routes, zod-free. The route table of `@thecen/schema` does not list them
 * yet; when it does (`getMarketCreator`, `recordReferralClick`), the resources switch to `paths`.
 */
export const MARKET_CREATOR_PATH = '/v1/mcs/{code}';
export const REFERRAL_CLICKS_PATH = '/v1/referrals/clicks';
