import { createReferralTracker, type ReferralTracker } from '@thecen/sdk/referral';
import type { CenClient } from '@thecen/sdk/core';
import type { ReferralStorage } from '../config/page-config.js';

/** For `clientWith()`: the clicks resource is built in this lazy chunk, never in the card bundles. */
export { referralsResource } from '@thecen/sdk/core';

/** One tracker per (key, storage): the landing URL is captured, and its click recorded, once per page. */
const trackers = new Map<string, ReferralTracker>();

/**
 * The page's referral tracker for a channel. Creating it captures the referral parameters of the
 * landing URL (writing nothing when there are none) and, when it captured one, fires
 * `cen-referral-attributed` on `document`. Takes the client rather than an element so that this
 * module (a lazy chunk) shares no code with the card bundles.
 */
export function pageReferral(client: Pick<CenClient, 'referrals'>, key: string, storage: ReferralStorage = 'local'): ReferralTracker {
  const id = `${key} ${storage}`;
  let tracker = trackers.get(id);
  if (!tracker) {
    trackers.set(id, (tracker = createReferralTracker({ client, publishableKey: key, storage })));
    const captured = tracker.captured;
    if (captured) {
      const { mcCode, contentId, capturedAt } = captured;
      document.dispatchEvent(
        new CustomEvent('cen-referral-attributed', { detail: { mcCode, contentId, capturedAt }, bubbles: true, composed: true }),
      );
    }
  }
  return tracker;
}
