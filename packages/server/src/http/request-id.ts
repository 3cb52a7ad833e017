import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

export const REQUEST_ID_HEADER = 'Request-Id';

export function newRequestId(): string {
  return `req_${randomUUID().replaceAll('-', '')}`;
}

/** Gives every request an id, sent back as `Request-Id` on every response (errors included). */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = newRequestId();
    c.set('requestId', id);
    await next();
    c.res.headers.set(REQUEST_ID_HEADER, id);
  };
}
