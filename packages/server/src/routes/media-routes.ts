import { findMediaItem, renderPlaceholderSvg } from '@thecen/mocks/fixtures';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { cachedResponse } from '../http/cached-response.js';
import { ProblemError } from '../http/problem.js';

/** Media never change under one URL; a day in every cache is safe. */
export const MEDIA_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

/** SVGs can carry scripts: this policy makes a directly opened SVG inert. */
export const SVG_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/** `GET /media/<kind>/<file>.svg`: the generated placeholder images of the demo catalog (no key). */
export function registerMediaRoutes(app: Hono<AppEnv>): void {
  app.get('/media/:kind/:file', (c) => {
    const path = c.req.path;
    const item = path.endsWith('.svg') ? findMediaItem(path) : null;
    if (!item) throw new ProblemError(404, 'not_found', 'No such image.');
    return cachedResponse(c, {
      body: renderPlaceholderSvg(item),
      contentType: 'image/svg+xml; charset=utf-8',
      cacheControl: MEDIA_CACHE_CONTROL,
      headers: {
        'Content-Security-Policy': SVG_CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        // Pages with cross-origin isolation may still show the images.
        'Cross-Origin-Resource-Policy': 'cross-origin',
      },
    });
  });
}
