import { paths, type CommissionStatement, type CreateStatementTokenRequest, type IssuedStatementToken } from '@thecen/schema/browser';
import type { RequestOptions } from '../client-options.js';
import type { Requester } from '../http/request.js';
import { routeCaller } from './methods.js';

/**
 * Commission statements read with a statement token (`st_…`): `client.statements`. An operator's
 * server (secret key) issues an MC or a CC its own token; the MC studio page (publishable key)
 * reads that creator's clicks, orders and commission with it — and nothing else.
 */
export interface StatementsResource {
  /**
   * Gets the statement of the MC or CC a token was issued to: counted clicks, attributed orders
   * and pending / payable / reversed commission by month (`months`, oldest first), the ledger
   * `entries` and the `totals`, over every channel. Rejects with `CenNotFoundError` for an unknown,
   * expired or revoked token (the API does not say which).
   *
   * `GET /v1/statements/by-token/{token}`
   * @example
   * const token = new URL(location.href).searchParams.get('statement')!;
   * const { displayName, totals } = await client.statements.retrieveByToken(token);
   * console.log(displayName, totals.payable);
   */
  retrieveByToken(token: string, options?: RequestOptions): Promise<CommissionStatement>;
  /**
   * Issues a statement token to an MC (by referral code) or a CC (by id), valid for a year; send
   * it to the creator (e.g. as `?statement=…` of the MC studio page). With `rotate: true` every
   * earlier token of that creator stops working. Servers only: needs the `secretKey` option.
   * Not idempotent: sent without an `Idempotency-Key` and never retried (issuing twice is harmless).
   *
   * `POST /v1/statement-tokens`
   * @example
   * const cen = createClient({ baseUrl, secretKey: process.env.CEN_SECRET_KEY });
   * const { token, expiresAt } = await cen.statements.createToken({ role: 'mc', mcCode: 'haetsal-mom' });
   * const studioUrl = `https://studio.example.kr/?statement=${encodeURIComponent(token)}`;
   */
  createToken(body: CreateStatementTokenRequest, options?: RequestOptions): Promise<IssuedStatementToken>;
}

export function statementsResource(request: Requester): StatementsResource {
  const call = routeCaller(request);
  const { method, path } = paths.createStatementToken;
  return {
    retrieveByToken: (token, options) => call('getStatementByToken', { token }, undefined, options),
    createToken: (body, options) =>
      request<IssuedStatementToken>({ route: 'createStatementToken', method, path, body, auth: 'secret', idempotencyKey: false }, options),
  };
}
