import { routes } from '@thecen/schema';
import type { Handler } from 'hono';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { cachedJson } from '../http/cached-response.js';
import { ProblemError } from '../http/problem.js';
import { readJsonBody } from '../http/read-body.js';
import { EMPTY_QUERY, parsePathParams, parseQuery } from '../http/validate-input.js';
import { commissionStatement } from '../referrals/commission-statement.js';
import { clientAddressOf, trustsProxy } from '../referrals/client-address.js';
import { recordClick } from '../referrals/record-click.js';
import { activeMarketCreator } from '../referrals/active-market-creator.js';
import { referralWindowDays } from '../referrals/referral-store.js';
import { issueStatementToken, verifyStatementToken } from '../referrals/statement-token.js';
import { jsonAnswer, sendAnswer } from './json-answer.js';

export type ReferralRouteName =
  | 'getMarketCreator'
  | 'recordReferralClick'
  | 'getCommissionStatement'
  | 'getContentCreatorStatement'
  | 'createStatementToken'
  | 'getStatementByToken';

export interface ReferralContext {
  db: Database;
  now: () => Date;
  publicUrl: string | undefined;
  /** The server's environment (`CEN_TRUST_PROXY` decides where a click's network address comes from). */
  env?: Record<string, string | undefined> | undefined;
}

/** The referral routes also sign statement tokens, with the server's signing secret. */
export interface ReferralHandlerContext extends ReferralContext {
  signingSecret: () => Promise<string>;
}

/** 404 for a referral code of no active Market Creator (the API and the key-less referral pages). */
export const noMarketCreator = (code: string) => new ProblemError(404, 'not_found', `No active Market Creator has the code ${code}.`);
const noContentCreator = (id: string) => new ProblemError(404, 'not_found', `No Content Creator has the id ${id}.`);

export function referralHandlers(ctx: ReferralHandlerContext): Record<ReferralRouteName, Handler<AppEnv>> {
  const { db } = ctx;
  return {
    async getMarketCreator(c) {
      const { code } = parsePathParams(c, routes.getMarketCreator.params);
      const mc = await activeMarketCreator(db, code);
      if (!mc) throw noMarketCreator(code);
      return cachedJson(c, mc);
    },
    async recordReferralClick(c) {
      const { data } = await readJsonBody(c, routes.recordReferralClick.body);
      const recorded = await recordClick(db, {
        ...data,
        userAgent: c.req.header('User-Agent'),
        clientAddress: clientAddressOf(c, { trustProxy: trustsProxy(ctx.env) }),
        now: ctx.now(),
      });
      // The SDK keeps the referral for the mall's own window (the server checks it again at checkout).
      const windowDays = await referralWindowDays(db, c.get('channel').id);
      return sendAnswer(c, jsonAnswer({ ...recorded, windowDays }, recorded.counted ? 201 : 200));
    },
    async getCommissionStatement(c) {
      const { code } = parsePathParams(c, routes.getCommissionStatement.params);
      const statement = await commissionStatement(db, { role: 'mc', code }, { channelId: c.get('channel').id });
      if (!statement) throw noMarketCreator(code);
      return sendAnswer(c, jsonAnswer(statement));
    },
    async getContentCreatorStatement(c) {
      parseQuery(c, EMPTY_QUERY);
      const { id } = parsePathParams(c, routes.getContentCreatorStatement.params);
      const statement = await commissionStatement(db, { role: 'cc', creatorId: id }, { channelId: c.get('channel').id });
      if (!statement) throw noContentCreator(id);
      return sendAnswer(c, jsonAnswer(statement));
    },
    async createStatementToken(c) {
      parseQuery(c, EMPTY_QUERY);
      const { data } = await readJsonBody(c, routes.createStatementToken.body);
      const issued = await issueStatementToken(db, await ctx.signingSecret(), data, ctx.now());
      if (!issued) throw data.role === 'mc' ? new ProblemError(404, 'not_found', `No Market Creator has the code ${data.mcCode}.`) : noContentCreator(data.creatorId);
      return sendAnswer(c, jsonAnswer(issued, 201));
    },
    async getStatementByToken(c) {
      parseQuery(c, EMPTY_QUERY);
      // Forged, expired, revoked or malformed: the same 404, which says nothing of why.
      const holder = await verifyStatementToken(db, c.req.param('token') ?? '', await ctx.signingSecret(), ctx.now());
      const statement = holder
        ? await commissionStatement(db, holder.role === 'mc' ? { role: 'mc', id: holder.creatorId } : { role: 'cc', creatorId: holder.creatorId })
        : null;
      if (!statement) throw new ProblemError(404, 'not_found', 'No statement matches this token.');
      return sendAnswer(c, jsonAnswer(statement));
    },
  };
}
