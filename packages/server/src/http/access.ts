import { PUBLISHABLE_KEY_PARAM, PUBLISHABLE_KEY_PATTERN, isOriginAllowed } from '@thecen/schema';
import type { Context, MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.js';
import { findChannelByPublishableKey } from '../catalog/channel.js';
import type { AppEnv } from './app-env.js';
import {
  ALLOWED_REQUEST_HEADERS,
  PREFLIGHT_MAX_AGE,
  allowOriginHeaders,
  appendHeaderToken,
} from './cors.js';
import { ProblemError, problemFromError } from './problem.js';

const UNAUTHORIZED_HEADERS = { 'WWW-Authenticate': 'Bearer realm="thecen"' };

function unauthorized(detail: string): ProblemError {
  return new ProblemError(401, 'unauthorized', detail, { headers: UNAUTHORIZED_HEADERS });
}

/** The key a request carries: the `key` query parameter (browsers) or `Authorization: Bearer …`. */
function readKey(c: Context<AppEnv>, preflight: boolean): string | undefined {
  const fromQuery = new URL(c.req.url).searchParams.getAll(PUBLISHABLE_KEY_PARAM);
  if (fromQuery.length > 1) throw unauthorized('Send the publishable key once.');
  if (fromQuery[0] !== undefined) return fromQuery[0];
  // A preflight never carries credentials: its key must be in the query string.
  if (preflight) return undefined;
  const authorization = c.req.header('Authorization');
  if (!authorization) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw unauthorized('The Authorization header must be "Bearer pk_…".');
  return match[1];
}

async function channelOf(db: Database, key: string | undefined, origin: string | undefined) {
  if (key === undefined || key === '') {
    throw unauthorized(
      `Send the channel's publishable key as the "${PUBLISHABLE_KEY_PARAM}" query parameter or as "Authorization: Bearer pk_…".`,
    );
  }
  if (key.startsWith('sk_')) {
    throw unauthorized(
      origin
        ? `A secret key (sk_…) was sent from a browser page at ${origin}. Secret keys must never leave your server: use the channel's publishable key (pk_…) in web pages, and roll this secret key now.`
        : 'This API takes publishable keys (pk_…) only.',
    );
  }
  if (!PUBLISHABLE_KEY_PATTERN.test(key)) throw unauthorized('The key is not a publishable key (pk_test_… or pk_live_…).');
  const channel = await findChannelByPublishableKey(db, key);
  if (!channel) throw unauthorized('No channel has this publishable key.');
  return channel;
}

/**
 * Catalog access: a known publishable key, and a request origin the key's channel allows.
 * Allowed cross-origin requests get `Access-Control-Allow-Origin: <origin>`; a disallowed origin
 * gets a 403 `forbidden_origin` problem with no CORS headers. Key problems (401) still carry
 * CORS headers so that a page's script can read why. Preflights (OPTIONS) are answered here.
 */
export function catalogAccess(
  db: Database,
  allowedMethods: readonly string[],
  options: { keylessPreflight?: boolean } = {},
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // `/v1/products/batch` also matches `/v1/products/:id`: check each request once.
    if (c.get('channel')) return next();
    const origin = c.req.header('Origin');
    const preflight = c.req.method === 'OPTIONS';
    let response: Response | undefined;
    let corsOrigin: string | undefined;
    try {
      const key = readKey(c, preflight);
      if (preflight && key === undefined && options.keylessPreflight && origin !== undefined && origin !== 'null') {
        // Writes send their key in `Authorization`, which a preflight never carries. Letting the
        // browser ask is harmless: the request itself is checked (key, then origin) before it
        // does anything.
        c.res = preflightResponse(c, allowedMethods);
        applyCors(c.res.headers, origin);
        return;
      }
      const channel = await channelOf(db, key, origin);
      if (origin !== undefined && !isOriginAllowed(origin, channel.allowedOrigins)) {
        throw new ProblemError(
          403,
          'forbidden_origin',
          `The origin ${origin.slice(0, 200)} may not use this publishable key; add it to the channel's allowed origins.`,
        );
      }
      corsOrigin = origin;
      c.set('channel', channel);
      c.set('keyKind', 'publishable');
      if (preflight) {
        response = preflightResponse(c, allowedMethods);
      } else {
        await next();
      }
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      if (error.status === 401 && origin !== undefined && origin !== 'null') corsOrigin = origin;
      response = problemFromError(c, error);
    }
    if (response) c.res = response;
    applyCors(c.res.headers, corsOrigin);
  };
}

function preflightResponse(c: Context<AppEnv>, allowedMethods: readonly string[]): Response {
  return c.body(null, 204, {
    Allow: allowedMethods.join(', '),
    'Access-Control-Allow-Methods': allowedMethods.join(', '),
    'Access-Control-Allow-Headers': ALLOWED_REQUEST_HEADERS,
    'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE),
  });
}

function applyCors(headers: Headers, corsOrigin: string | undefined): void {
  appendHeaderToken(headers, 'Vary', 'Origin');
  if (corsOrigin !== undefined) {
    for (const [name, value] of Object.entries(allowOriginHeaders(corsOrigin))) headers.set(name, value);
  }
}
