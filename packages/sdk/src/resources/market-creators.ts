import { buildPath, paths, type CommissionStatement, type MarketCreator } from '@thecen/schema/browser';
import type { RequestOptions } from '../client-options.js';
import type { Requester } from '../http/request.js';

/** Market Creators (마켓 크리에이터): public faces for referral badges, and their commission: `client.marketCreators`. */
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
  /**
   * Gets an MC's statement on this channel: counted clicks, attributed orders and pending /
   * payable / reversed commission by month, with the ledger entries and totals. Rejects with
   * `CenNotFoundError` for an unknown code. Servers only: needs the `secretKey` option (an MC
   * reads its own statement with a token: `statements.retrieveByToken`).
   *
   * `GET /v1/mcs/{code}/statement`
   * @example
   * const cen = createClient({ baseUrl, secretKey: process.env.CEN_SECRET_KEY });
   * const { totals } = await cen.marketCreators.statement('haetsal-mom');
   * console.log(`지급 예정 ${totals.payable}원`);
   */
  statement(code: string, options?: RequestOptions): Promise<CommissionStatement>;
}

export function marketCreatorsResource(request: Requester): MarketCreatorsResource {
  // Paths read statically (not through the route table by name): a badge bundle keeps only these two.
  return {
    retrieve: (code, options) => request({ route: 'getMarketCreator', path: buildPath(paths.getMarketCreator.path, { code }) }, options),
    statement: (code, options) =>
      request({ route: 'getCommissionStatement', path: buildPath(paths.getCommissionStatement.path, { code }), auth: 'secret' }, options),
  };
}
