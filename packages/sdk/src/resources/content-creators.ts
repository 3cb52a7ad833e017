import type { CommissionStatement } from '@thecen/schema/browser';
import type { RequestOptions } from '../client-options.js';
import type { Requester } from '../http/request.js';
import { routeCaller } from './methods.js';

/** Content Creators (콘텐츠 제작자) and their commission: `client.contentCreators`. */
export interface ContentCreatorsResource {
  /**
   * Gets a CC's statement on this channel: clicks on its content items, attributed orders and
   * pending / payable / reversed commission by month, with the ledger entries and totals.
   * Rejects with `CenNotFoundError` for an unknown creator. Servers only: needs the `secretKey`
   * option (a creator reads its own statement with a token: `statements.retrieveByToken`).
   *
   * `GET /v1/ccs/{id}/statement`
   * @example
   * const cen = createClient({ baseUrl, secretKey: process.env.CEN_SECRET_KEY });
   * const statement = await cen.contentCreators.statement('cc_forestblog1');
   * for (const month of statement.months) console.log(month.month, month.pending, month.payable);
   */
  statement(id: string, options?: RequestOptions): Promise<CommissionStatement>;
}

export function contentCreatorsResource(request: Requester): ContentCreatorsResource {
  const call = routeCaller(request);
  return {
    statement: (id, options) => call('getContentCreatorStatement', { id }, undefined, options, 'secret'),
  };
}
