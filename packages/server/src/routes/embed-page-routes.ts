import { BadgeQuery, idPattern, referralLinkUrl } from '@thecen/schema';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { cachedResponse } from '../http/cached-response.js';
import { parseQuery } from '../http/validate-input.js';
import { embedPageCsp, renderEmbedGonePage, renderEmbedPage } from '../pages/embed-page.js';
import { activeMarketCreator } from '../referrals/active-market-creator.js';
import { loadReferralItem } from '../referrals/referral-item.js';
import { outputContextOf } from './output-context-of.js';
import type { ReferralLinkContext } from './referral-link-routes.js';

const HTML_CONTENT_TYPE = 'text/html; charset=utf-8';
/** Embeds change when an item or MC does; caches may keep them ten minutes. */
const EMBED_CACHE_CONTROL = 'public, max-age=600, stale-while-revalidate=3600';

function embedHeaders(c: Context<AppEnv>, publicUrl: string | undefined): Record<string, string> {
  return {
    'Content-Security-Policy': embedPageCsp(new URL(outputContextOf(c, publicUrl).baseUrl).origin),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

function gone(c: Context<AppEnv>, publicUrl: string | undefined): Response {
  return c.body(renderEmbedGonePage(), 404, { 'Content-Type': HTML_CONTENT_TYPE, 'Cache-Control': 'no-store', ...embedHeaders(c, publicUrl) });
}

/**
 * The pages oEmbed iframes show (key-less, no script, framable anywhere):
 * `GET /embed/badge/{code}?product=…|service=…&look=…&size=…` — the MC's badge as HTML, linking
 * through the referral link `/r/{code}` in a new tab — and `GET /embed/products/{id}` /
 * `/embed/services/{id}` `?look=…&size=…` — the item alone, linking to its page. Bad
 * parameters: 400 problem; an unknown or suspended MC or item: a 404 page.
 */
export function registerEmbedPageRoutes(app: Hono<AppEnv>, ctx: ReferralLinkContext): void {
  const { db, publicUrl } = ctx;

  app.get('/embed/badge/:code', async (c) => {
    const query = parseQuery(c, BadgeQuery);
    const code = c.req.param('code');
    const mc = await activeMarketCreator(db, code);
    if (!mc) return gone(c, publicUrl);
    const out = outputContextOf(c, publicUrl);
    const item = await loadReferralItem(db, query, out);
    const body = renderEmbedPage({
      look: query.look ?? 'compact',
      size: query.size ?? 'm',
      mcName: mc.displayName,
      item,
      href: referralLinkUrl(out.baseUrl, { mc: mc.code, product: query.product, service: query.service }),
    });
    return cachedResponse(c, { body, contentType: HTML_CONTENT_TYPE, cacheControl: EMBED_CACHE_CONTROL, headers: embedHeaders(c, publicUrl) });
  });

  for (const kind of ['product', 'service'] as const) {
    const pattern = idPattern(kind);
    app.get(`/embed/${kind}s/:id`, async (c) => {
      const query = parseQuery(c, BadgeQuery);
      const id = c.req.param('id');
      const out = outputContextOf(c, publicUrl);
      const item = pattern.test(id) ? await loadReferralItem(db, { [kind]: id }, out) : null;
      if (!item?.available) return gone(c, publicUrl);
      const body = renderEmbedPage({ look: query.look ?? 'card', size: query.size ?? 'm', mcName: null, item, href: item.pageUrl });
      return cachedResponse(c, { body, contentType: HTML_CONTENT_TYPE, cacheControl: EMBED_CACHE_CONTROL, headers: embedHeaders(c, publicUrl) });
    });
  }
}
