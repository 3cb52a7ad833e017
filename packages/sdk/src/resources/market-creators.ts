import type { MarketCreator } from '@thecen/schema/browser';
import type { RequestOptions } from '../client-options.js';
import type { Requester } from '../http/request.js';
import { MARKET_CREATOR_PATH } from './referral-paths.js';

/** Market Creators' public faces, for referral badges: `client.marketCreators`. */
export interface MarketCreatorsResource {
  /**
   * Gets an MC by its public referral code (display name, kind, avatar, introduction, status);
   * rejects with `CenNotFoundError` for an unknown code.
   *
   * `GET /v1/mcs/{code}`
   * @example
   * const mc = await client.marketCreators.retrieve('haetsal-mom');
   */
  retrieve(code: string, options?: RequestOptions): Promise<MarketCreator>;
}

export function marketCreatorsResource(request: Requester): MarketCreatorsResource {
  return {
    retrieve: (code, options) => request<MarketCreator>({ path: MARKET_CREATOR_PATH.replace('{code}', encodeURIComponent(code)) }, options),
  };
}
