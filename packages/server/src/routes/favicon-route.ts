import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';

/** The CEN's mark: a green rounded square with a white "C" (as pages' icon). */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#2f6b3a"/>' +
  '<path d="M21.5 11.2A7 7 0 1 0 21.5 20.8" fill="none" stroke="#fff" stroke-width="3.2" stroke-linecap="round"/></svg>';
export const FAVICON_PATH = '/favicon.svg';

/** `GET /favicon.svg` (linked from every server page) and `GET /favicon.ico` (what browsers ask for by themselves). */
export function registerFaviconRoute(app: Hono<AppEnv>): void {
  const answer = () =>
    new Response(FAVICON_SVG, {
      headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=604800', 'X-Content-Type-Options': 'nosniff' },
    });
  app.get(FAVICON_PATH, answer);
  app.get('/favicon.ico', answer);
}
