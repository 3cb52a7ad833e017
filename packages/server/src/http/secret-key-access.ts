import { PUBLISHABLE_KEY_PARAM } from '@thecen/schema';
import type { MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.js';
import { SECRET_KEY_PATTERN, findChannelBySecretKey } from '../channels/secret-keys.js';
import type { AppEnv } from './app-env.js';
import { ProblemError } from './problem.js';

const UNAUTHORIZED_HEADERS = { 'WWW-Authenticate': 'Bearer realm="thecen-secret"' };

function unauthorized(detail: string): ProblemError {
  return new ProblemError(401, 'unauthorized', detail, { headers: UNAUTHORIZED_HEADERS });
}

/**
 * Server-to-server routes: a channel's secret key in `Authorization: Bearer sk_…`, never in the
 * URL, and never from a browser (any request with an `Origin` header is refused, preflights
 * included, and no CORS headers are ever sent).
 */
export function secretKeyAccess(db: Database): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin !== undefined) {
      throw unauthorized(
        'This route takes a secret key and is never answered to a browser. Call it from your server; if a secret key was used in a web page, roll it now.',
      );
    }
    if (new URL(c.req.url).searchParams.has(PUBLISHABLE_KEY_PARAM)) {
      throw unauthorized('Secret keys are accepted only in the Authorization header ("Bearer sk_…"), never in the URL.');
    }
    const authorization = c.req.header('Authorization');
    const match = authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
    if (!match) throw unauthorized('Send the channel\'s secret key as "Authorization: Bearer sk_…".');
    const key = match[1]!;
    if (!SECRET_KEY_PATTERN.test(key)) throw unauthorized('This route takes a secret key (sk_test_… or sk_live_…).');
    const channel = await findChannelBySecretKey(db, key);
    if (!channel) throw unauthorized('No channel has this secret key, or it was revoked.');
    c.set('channel', channel);
    c.set('keyKind', 'secret');
    await next();
  };
}
