import { http, HttpResponse, type RequestHandler } from 'msw';
import { paths, routes, type CommissionStatement, type IssuedStatementToken, type MarketCreator } from '@thecen/schema';
import type { ContentCreatorFixture } from '../fixtures/content-creators.js';
import { toKstIso } from '../fixtures/seoul-time.js';
import { DEMO_STATEMENT_TOKENS, statementOf } from '../fixtures/statements.js';
import { mswPath, type Admitted } from './checkout-handlers.js';
import { notFoundProblem } from './problem-response.js';
import { readJsonBody, validate } from './request-validation.js';

/** How long a statement token issued by the mocks is valid (the server's too). */
export const STATEMENT_TOKEN_DAYS = 365;

export interface StatementHandlerContext {
  at: (path: string) => string;
  /** Latency and the publishable key. */
  admit: (request: Request) => Promise<Admitted | Response>;
  /** Latency and the secret key (`Authorization: Bearer sk_…` only). */
  admitSecret: (request: Request) => Promise<Admitted | Response>;
  marketCreators: readonly MarketCreator[];
  contentCreators: readonly ContentCreatorFixture[];
  /** Statements by creator id; a creator without one has an empty statement. */
  statements: Readonly<Record<string, CommissionStatement>>;
  now: () => Date;
}

interface TokenGrant {
  role: 'mc' | 'cc';
  creatorId: string;
  /** The creator's token version when issued: rotating raises it and revokes every earlier token. */
  version: number;
  /** Null for the demo tokens, which do not expire. */
  expiresAt: number | null;
}

/**
 * The commission statement routes on the demo statements: `GET /v1/statements/by-token/{token}`
 * (publishable key; the demo tokens of `DEMO_STATEMENT_TOKENS` and those issued here), and with
 * the secret key `POST /v1/statement-tokens` (`rotate` revokes earlier tokens of the creator,
 * demo token included), `GET /v1/mcs/{code}/statement` and `GET /v1/ccs/{id}/statement`. An
 * unknown, expired or revoked token is a 404 that does not say which, like the server's.
 */
export function statementHandlers({ at, admit, admitSecret, marketCreators, contentCreators, statements, now }: StatementHandlerContext): RequestHandler[] {
  const versions = new Map<string, number>();
  const grants = new Map<string, TokenGrant>();
  let sequence = 0;

  const mcByCode = (code: string) => marketCreators.find((m) => m.code === code);
  for (const [reference, token] of Object.entries(DEMO_STATEMENT_TOKENS)) {
    const mc = mcByCode(reference);
    const cc = contentCreators.find((c) => c.id === reference);
    if (mc) grants.set(token, { role: 'mc', creatorId: mc.id, version: 0, expiresAt: null });
    else if (cc) grants.set(token, { role: 'cc', creatorId: cc.id, version: 0, expiresAt: null });
  }

  function statementOfCreator(role: 'mc' | 'cc', creatorId: string): CommissionStatement | null {
    const displayName = role === 'mc' ? marketCreators.find((m) => m.id === creatorId)?.displayName : contentCreators.find((c) => c.id === creatorId)?.displayName;
    if (displayName === undefined) return null;
    const statement = statements[creatorId];
    return statement?.role === role ? structuredClone(statement) : statementOf({ role, creatorId, displayName, clicks: {}, orders: [], entries: [] });
  }

  return [
    http.get(at(mswPath(paths.getStatementByToken.path)), async ({ request, params }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const parsed = validate('path', routes.getStatementByToken.params, { token: params.token }, admitted.instance);
      if (!parsed.ok) return parsed.response;
      const grant = grants.get(parsed.data.token);
      const current = grant && grant.version === (versions.get(grant.creatorId) ?? 0) && (grant.expiresAt === null || now().getTime() < grant.expiresAt);
      const statement = current ? statementOfCreator(grant.role, grant.creatorId) : null;
      if (!statement) return notFoundProblem('No statement has this token: it is unknown, expired or revoked.', admitted.instance);
      return HttpResponse.json(statement);
    }),

    http.post(at(paths.createStatementToken.path), async ({ request }) => {
      const admitted = await admitSecret(request);
      if (admitted instanceof Response) return admitted;
      const body = await readJsonBody(request, routes.createStatementToken.body, admitted.instance);
      if (!body.ok) return body.response;
      const input = body.data;
      const creator = input.role === 'mc' ? mcByCode(input.mcCode) : contentCreators.find((c) => c.id === input.creatorId);
      if (!creator) {
        return notFoundProblem(input.role === 'mc' ? `No Market Creator has the code ${input.mcCode}.` : `No Content Creator has the id ${input.creatorId}.`, admitted.instance);
      }
      if (input.rotate) versions.set(creator.id, (versions.get(creator.id) ?? 0) + 1);
      const issuedAt = now();
      const expiresAt = Math.floor(issuedAt.getTime() / 1000) * 1000 + STATEMENT_TOKEN_DAYS * 86_400_000;
      sequence += 1;
      const token = `st_mock-${input.role}-${creator.id}-${sequence}.MockStatementSignature${String(sequence).padStart(6, '0')}`;
      grants.set(token, { role: input.role, creatorId: creator.id, version: versions.get(creator.id) ?? 0, expiresAt });
      const issued: IssuedStatementToken = {
        object: 'statement_token',
        role: input.role,
        creatorId: creator.id,
        displayName: creator.displayName,
        token,
        expiresAt: toKstIso(new Date(expiresAt)),
      };
      return HttpResponse.json(issued, { status: 201 });
    }),

    http.get(at(mswPath(paths.getCommissionStatement.path)), async ({ request, params }) => {
      const admitted = await admitSecret(request);
      if (admitted instanceof Response) return admitted;
      const parsed = validate('path', routes.getCommissionStatement.params, { code: params.code }, admitted.instance);
      if (!parsed.ok) return parsed.response;
      const mc = mcByCode(parsed.data.code);
      const statement = mc && statementOfCreator('mc', mc.id);
      if (!statement) return notFoundProblem(`No Market Creator has the code ${parsed.data.code}.`, admitted.instance);
      return HttpResponse.json(statement);
    }),

    http.get(at(mswPath(paths.getContentCreatorStatement.path)), async ({ request, params }) => {
      const admitted = await admitSecret(request);
      if (admitted instanceof Response) return admitted;
      const parsed = validate('path', routes.getContentCreatorStatement.params, { id: params.id }, admitted.instance);
      if (!parsed.ok) return parsed.response;
      const statement = statementOfCreator('cc', parsed.data.id);
      if (!statement) return notFoundProblem(`No Content Creator has the id ${parsed.data.id}.`, admitted.instance);
      return HttpResponse.json(statement);
    }),
  ];
}
