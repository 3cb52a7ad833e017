/**
 * `@thecen/sdk/referral`: first-party referral capture for host pages and widgets, in its own entry
 * so that bundles which do not track referrals do not carry it.
 */
export {
  createReferralTracker,
  type ReferralTracker,
  type ReferralTrackerOptions,
  type ReferralStorage,
  type StorageArea,
} from './referral/referral-tracker.js';
export { REFERRAL_PARAMS, REFERRAL_DISCLOSURE, DEFAULT_ATTRIBUTION_WINDOW_DAYS, type CapturedReferral } from '@thecen/schema/browser';
