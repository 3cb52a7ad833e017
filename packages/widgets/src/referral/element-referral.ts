import type { CapturedReferral } from '@thecen/schema/browser';
import { referralsResource } from '@thecen/sdk/core';
import { elementConfig } from '../config/page-config.js';
import { clientWith } from '../config/shared-client.js';
import { pageReferral } from './page-referral.js';

/**
 * The referral in force for an element's channel — captured from this page's landing URL or kept
 * from an earlier one, inside the attribution window — or null: what checkout sends with an order,
 * and `<cen-service-booking>` with a hold or an inquiry. Uses the page's tracker of the element's
 * key and referral storage (`local`, `session` or `none`), the same one that captured it.
 */
export function referralFor(el: Element): CapturedReferral | null {
  const { key = '', referralStorage } = elementConfig(el);
  return pageReferral(clientWith(el, { referrals: referralsResource }), key, referralStorage).current();
}
