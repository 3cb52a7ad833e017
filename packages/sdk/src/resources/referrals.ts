import { paths, type ClickRecorded, type RecordClickRequest } from '@thecen/schema/browser';
import type { RequestOptions } from '../client-options.js';
import type { Requester } from '../http/request.js';

/** Referral clicks: `client.referrals`. `createReferralTracker` of `@thecen/sdk/referral` calls it for you. */
export interface ReferralsResource {
  /**
   * Records a landing with referral parameters (`cen_mc`, `cen_cc`) for a first-party visitor id;
   * the server deduplicates, rate-limits and ignores bots (`counted: false` with a `reason`).
   *
   * `POST /v1/referrals/clicks`
   * @example
   * const { clickId } = await client.referrals.recordClick({ mcCode: 'haetsal-mom', visitorId });
   */
  recordClick(body: RecordClickRequest, options?: RequestOptions): Promise<ClickRecorded>;
}

export function referralsResource(request: Requester): ReferralsResource {
  const { method, path } = paths.recordReferralClick;
  return {
    // Recording a click twice is harmless (the server deduplicates): no Idempotency-Key, no retries.
    recordClick: (body, options) => request<ClickRecorded>({ route: 'recordReferralClick', method, path, body, idempotencyKey: false }, options),
  };
}
