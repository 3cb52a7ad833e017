import { http, HttpResponse, type RequestHandler } from 'msw';
import { DEFAULT_ATTRIBUTION_WINDOW_DAYS, REFERRAL_CODE_PATTERN, type ClickRecorded, type MarketCreator } from '@thecen/schema/browser';
import { RecordClickRequest } from '@thecen/schema';
import type { Admitted } from './checkout-handlers.js';
import { notFoundProblem } from './problem-response.js';
import { validate } from './request-validation.js';

/** The referral routes are not in the schema's route table yet: their paths, as the server serves them. */
const MARKET_CREATOR_PATH = '/v1/mcs/:code';
const REFERRAL_CLICKS_PATH = '/v1/referrals/clicks';

export interface ReferralHandlerContext {
  at: (path: string) => string;
  admit: (request: Request) => Promise<Admitted | Response>;
  marketCreators: readonly MarketCreator[];
}

/**
 * `GET /v1/mcs/{code}` (active and suspended MCs alike, as the badge shows them) and
 * `POST /v1/referrals/clicks` (counted once per visitor and MC; unknown or suspended MCs are not
 * counted). Every recorded click is kept in `clicks` for tests.
 */
export function referralHandlers({ at, admit, marketCreators }: ReferralHandlerContext): RequestHandler[] {
  const seen = new Set<string>();
  let sequence = 0;
  return [
    http.get(at(MARKET_CREATOR_PATH), async ({ request, params }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const code = String(params.code);
      const mc = REFERRAL_CODE_PATTERN.test(code) ? marketCreators.find((m) => m.code === code) : undefined;
      if (!mc) return notFoundProblem(`No Market Creator has the code ${code}.`, admitted.instance);
      return HttpResponse.json(mc);
    }),
    http.post(at(REFERRAL_CLICKS_PATH), async ({ request }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const body = validate('body', RecordClickRequest, await request.json().catch(() => undefined), admitted.instance);
      if (!body.ok) return body.response;
      const { mcCode, contentId, visitorId } = body.data;
      const mc = mcCode ? marketCreators.find((m) => m.code === mcCode) : undefined;
      const answer = (clickId: string | null, reason: ClickRecorded['reason']): ClickRecorded => ({
        object: 'referral_click',
        clickId,
        counted: reason === null,
        reason,
        // The mock malls keep the default attribution window.
        windowDays: DEFAULT_ATTRIBUTION_WINDOW_DAYS,
      });
      if (mcCode && !mc) return HttpResponse.json(answer(null, 'unknown_referrer'));
      if (mc && mc.status !== 'active') return HttpResponse.json(answer(null, 'inactive'));
      const key = `${admitted.channel.id} ${visitorId} ${mcCode ?? ''} ${contentId ?? ''}`;
      if (seen.has(key)) return HttpResponse.json(answer(null, 'duplicate'));
      seen.add(key);
      sequence += 1;
      return HttpResponse.json(answer(`clk_mock${String(sequence).padStart(6, '0')}`, null), { status: 201 });
    }),
  ];
}
