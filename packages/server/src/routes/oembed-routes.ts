import { OEmbedQuery, PROBLEM_TYPE_BASE, type OEmbedResponse } from '@thecen/schema';
import type { Hono } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { parseQuery } from '../http/validate-input.js';
import { html } from '../pages/html.js';
import { badgeLabel } from '../referrals/badge-image.js';
import { activeMarketCreator } from '../referrals/active-market-creator.js';
import { embedPageUrl, fitEmbed, parseOEmbedTarget } from '../referrals/oembed-target.js';
import { loadReferralItem } from '../referrals/referral-item.js';
import { outputContextOf } from './output-context-of.js';
import type { ReferralLinkContext } from './referral-link-routes.js';

/** The platform's name in oEmbed answers. */
export const OEMBED_PROVIDER_NAME = '더 쎈';
/** Consumers may keep an answer this long (seconds). */
export const OEMBED_CACHE_AGE = 3600;

const notEmbeddable = () => new ProblemError(404, 'not_found', 'The url is not a product, service, referral link or badge of this server.');

/**
 * `GET /oembed?url=…&format=json[&maxwidth=…&maxheight=…]` — oEmbed 1.0, key-less, CORS `*`.
 *
 * `url` may be, on this server (`publicUrl`, or the origin the request was sent to):
 * - a product or service page, `/products/{id}` or `/services/{id}`, optionally with `cen_mc={code}`
 *   (then the MC's badge, if the MC is active; else the item alone);
 * - a referral link `/r/{code}?product=…|service=…`;
 * - a badge image `/badges/{code}.svg|png?product=…|service=…&look=…&size=…` (its look and size).
 *
 * The answer is `type: "rich"`: `html` is an `<iframe>` (sandboxed, no script) of the embed page
 * `/embed/badge/{code}?…` or `/embed/products|services/{id}?…`, `width`/`height` its
 * `badgeImageSize` — the card look unless a badge URL chose another, the largest size (from the
 * asked one, or `m`) that fits `maxwidth`/`maxheight`, else a smaller look. Errors are problems:
 * 400 with field paths (bad query), 404 (not a URL of this server, unknown item or MC, or nothing
 * fits), 501 for `format=xml` (only JSON is served, as the oEmbed spec allows).
 */
export function registerOEmbedRoutes(app: Hono<AppEnv>, ctx: ReferralLinkContext): void {
  const { db, publicUrl } = ctx;
  app.use('/oembed', async (c, next) => {
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', '*');
  });
  app.get('/oembed', async (c) => {
    if (new URL(c.req.url).searchParams.get('format') === 'xml') {
      // oEmbed 1.0 §2.3.4: 501 for a format the provider does not serve. No problem code of the
      // API fits, so the body is built here.
      return c.body(
        JSON.stringify({
          type: `${PROBLEM_TYPE_BASE}format_not_implemented`,
          title: 'Format not implemented',
          status: 501,
          detail: 'Only format=json is served.',
          code: 'format_not_implemented',
          requestId: c.get('requestId'),
        }),
        501,
        { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' },
      );
    }
    const query = parseQuery(c, OEmbedQuery);
    const out = outputContextOf(c, publicUrl);
    const target = parseOEmbedTarget(query.url, out.baseUrl);
    if (!target) throw notEmbeddable();
    const mc = target.mc ? await activeMarketCreator(db, target.mc) : null;
    if (!mc && target.source !== 'page') throw notEmbeddable();
    const item = await loadReferralItem(db, target, out);
    if (item && !item.available) throw notEmbeddable();
    const fit = fitEmbed(target.look, target.size, item !== null, query);
    if (!fit) throw new ProblemError(404, 'not_found', 'No embed fits within maxwidth × maxheight.');
    const src = embedPageUrl(out.baseUrl, { mc: mc?.code ?? null, product: target.product, service: target.service }, fit.look, fit.size);
    const title = mc ? badgeLabel({ mcName: mc.displayName, item: item && { ...item, imageDataUri: null } }) : (item?.title ?? '');
    const iframe = html`<iframe src="${src}" width="${fit.width}" height="${fit.height}" title="${title}" style="border:0;overflow:hidden" loading="lazy" sandbox="allow-popups allow-popups-to-escape-sandbox"></iframe>`;
    const picture = item?.image;
    const answer: OEmbedResponse = {
      type: 'rich',
      version: '1.0',
      title: item ? item.title : `${mc!.displayName} 추천`,
      ...(mc ? { author_name: mc.displayName } : item?.partnerName ? { author_name: item.partnerName } : {}),
      provider_name: OEMBED_PROVIDER_NAME,
      provider_url: `${out.baseUrl.replace(/\/+$/, '')}/`,
      html: iframe.value,
      width: fit.width,
      height: fit.height,
      ...(picture?.width && picture.height && /^https?:/.test(picture.url)
        ? { thumbnail_url: picture.url, thumbnail_width: picture.width, thumbnail_height: picture.height }
        : {}),
      cache_age: OEMBED_CACHE_AGE,
    };
    return c.json(answer, 200, { 'Cache-Control': `public, max-age=${OEMBED_CACHE_AGE}` });
  });
}
