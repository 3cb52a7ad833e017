import { randomBytes } from 'node:crypto';
import {
  BadgeQuery,
  DEFAULT_ATTRIBUTION_WINDOW_DAYS,
  REFERRAL_CODE_PATTERN,
  REFERRAL_PARAMS,
  REFERRAL_WINDOW_PARAM,
  idPattern,
  isAllowedReturnUrl,
  isOriginAllowed,
} from '@thecen/schema';
import type { Context, Hono } from 'hono';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { etagOf, ifNoneMatchMatches } from '../http/etag.js';
import { ProblemError } from '../http/problem.js';
import { parseQuery } from '../http/validate-input.js';
import { renderBadgeSvg } from '../referrals/badge-image.js';
import { createBadgePngRenderer, findBadgeFonts, type BadgePngRenderer } from '../referrals/badge-png.js';
import { clientAddressOf, trustsProxy } from '../referrals/client-address.js';
import { activeMarketCreator } from '../referrals/active-market-creator.js';
import { recordClick } from '../referrals/record-click.js';
import { badgeItemOf, loadReferralItem } from '../referrals/referral-item.js';
import { registerEmbedPageRoutes } from './embed-page-routes.js';
import { registerOEmbedRoutes } from './oembed-routes.js';
import { outputContextOf } from './output-context-of.js';
import { noMarketCreator, type ReferralContext } from './referral-routes.js';

/** What the key-less referral pages need: the referral context, plus the server's environment. */
export interface ReferralLinkContext extends ReferralContext {
  /**
   * `CEN_TRUST_PROXY=1` (client addresses from `X-Forwarded-For`), `CEN_BADGE_FONT_FILE` (a
   * Korean font for PNG badges). None given: neither.
   */
  env?: Record<string, string | undefined> | undefined;
  /** PNG rasteriser (tests); one with the fonts found from `env` by default. */
  badgePng?: BadgePngRenderer | undefined;
}


const VISITOR_COOKIE = 'cen_vid';
const PRODUCT_ID = idPattern('product');
const SERVICE_ID = idPattern('service');

/** Badge images may be kept a day in any cache. */
const BADGE_CACHE_CONTROL = 'public, max-age=86400, stale-while-revalidate=604800';

function visitorIdOf(c: Context<AppEnv>): { id: string; isNew: boolean } {
  const match = /(?:^|;\s*)cen_vid=([A-Za-z0-9_-]{8,64})(?:;|$)/.exec(c.req.header('Cookie') ?? '');
  return match ? { id: match[1]!, isNew: false } : { id: randomBytes(16).toString('base64url'), isNew: true };
}

/** Every mall's allowed origins with its attribution window: a referral link's `to` must be on one of them (a partner's or co-op's own shop). */
async function channelOrigins(db: Database): Promise<{ origins: string[]; windowDays: number }[]> {
  const rows = await db.query<{ allowed_origins: string[]; window_days: number | null }>(
    `SELECT ch.allowed_origins, s.referral_window_days AS window_days
       FROM channels ch LEFT JOIN channel_checkout_settings s ON s.channel_id = ch.id`,
  );
  return rows.map((row) => ({ origins: row.allowed_origins, windowDays: row.window_days ?? DEFAULT_ATTRIBUTION_WINDOW_DAYS }));
}

/** The window of the malls a landing URL belongs to, when they agree on one; else nothing (the SDK's default applies). */
function windowOfLanding(url: URL, channels: readonly { origins: string[]; windowDays: number }[]): number | undefined {
  const windows = new Set(channels.filter((ch) => isOriginAllowed(url.origin, ch.origins)).map((ch) => ch.windowDays));
  return windows.size === 1 ? [...windows][0] : undefined;
}

function allowedTarget(to: string | undefined, origins: readonly string[]): URL | null {
  if (!to) return null;
  try {
    const url = new URL(to);
    return isAllowedReturnUrl(url.href, origins) ? url : null;
  } catch {
    return null;
  }
}

let warnedAboutFonts = false;

/**
 * Key-less pages of referrals (no publishable key; blogs link and embed them as they are):
 *
 * - `GET /r/{code}?product=prd_…|service=svc_…[&to=…]` records a click (same rules as the API,
 *   plus the hourly limit per client address) and redirects (302) to the item's page —
 *   `/products/{id}` or `/services/{id}` — or to `to` when it is on an allowed origin of the
 *   mall (any channel's allowed origins), with `cen_mc` and `cen_click` added.
 * - `GET /badges/{code}.svg|.png?product=…|service=…&look=compact|button|card&size=s|m|l` draws
 *   the MC's badge (see `renderBadgeSvg`) at `badgeImageSize(look, size, hasItem)`; the PNG is
 *   the same SVG rasterised at `BADGE_PNG_SCALE` (2x). Bad parameters: 400 with field paths;
 *   unknown or suspended MC: 404.
 * - `/oembed` and the `/embed/…` pages its iframes show (see `registerOEmbedRoutes`,
 *   `registerEmbedPageRoutes`).
 */
export function registerReferralLinkRoutes(app: Hono<AppEnv>, ctx: ReferralLinkContext): void {
  const { db } = ctx;
  const trustProxy = trustsProxy(ctx.env);
  let png = ctx.badgePng;
  if (!png) {
    const fonts = findBadgeFonts(ctx.env);
    if (fonts.problem && !warnedAboutFonts) {
      warnedAboutFonts = true;
      console.warn(`[thecen-server] PNG badges will lack Korean text: ${fonts.problem}.`);
    }
    png = createBadgePngRenderer(fonts);
  }
  const badgePng = png;

  app.get('/r/:code', async (c) => {
    const code = c.req.param('code');
    if (!REFERRAL_CODE_PATTERN.test(code)) throw noMarketCreator(code.slice(0, 40));
    const product = c.req.query('product');
    const service = c.req.query('service');
    const productId = product && PRODUCT_ID.test(product) ? product : undefined;
    // A link names one item; a product wins over a service (as `referralLinkUrl` builds them).
    const serviceId = !productId && service && SERVICE_ID.test(service) ? service : undefined;
    const visitor = visitorIdOf(c);
    const recorded = await recordClick(db, {
      mcCode: code,
      productId,
      serviceId,
      visitorId: visitor.id,
      clientAddress: clientAddressOf(c, { trustProxy }),
      userAgent: c.req.header('User-Agent'),
      now: ctx.now(),
    });
    const base = ctx.publicUrl ?? new URL(c.req.url).origin;
    const page = productId ? `/products/${productId}` : serviceId ? `/services/${serviceId}` : '/';
    const channels = await channelOrigins(db);
    const landing = allowedTarget(c.req.query('to'), channels.flatMap((ch) => ch.origins));
    const target = landing ?? new URL(page, `${base}/`);
    if (recorded.reason !== 'unknown_referrer' && recorded.reason !== 'inactive') {
      target.searchParams.set(REFERRAL_PARAMS.marketCreator, code);
      if (recorded.clickId) target.searchParams.set('cen_click', recorded.clickId);
      // The shop's widgets keep the referral for its mall's own window.
      const windowDays = landing ? windowOfLanding(landing, channels) : undefined;
      if (windowDays !== undefined) target.searchParams.set(REFERRAL_WINDOW_PARAM, String(windowDays));
    }
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    if (visitor.isNew) c.header('Set-Cookie', `${VISITOR_COOKIE}=${visitor.id}; Max-Age=2592000; Path=/r; HttpOnly; SameSite=Lax`);
    return c.redirect(target.toString(), 302);
  });

  app.get('/badges/:file', async (c) => {
    const match = /^(.+)\.(svg|png)$/.exec(c.req.param('file'));
    if (!match) throw new ProblemError(404, 'not_found', 'Badges are .svg or .png images.');
    const [, code, format] = match as unknown as [string, string, 'svg' | 'png'];
    const query = parseQuery(c, BadgeQuery);
    const mc = await activeMarketCreator(db, code);
    if (!mc) throw noMarketCreator(code.slice(0, 40));
    const out = outputContextOf(c, ctx.publicUrl);
    const item = await loadReferralItem(db, query, out);
    const look = query.look ?? 'compact';
    const size = query.size ?? 'm';
    const content = { mcName: mc.displayName, item: item && badgeItemOf(item, { picture: look === 'card', baseUrl: out.baseUrl }) };
    const svg = renderBadgeSvg(content, look, size, format === 'png' ? { fontFamily: badgePng.fontFamily } : {});
    const etag = etagOf(svg);
    const headers: Record<string, string> = {
      ETag: etag,
      'Cache-Control': BADGE_CACHE_CONTROL,
      'X-Content-Type-Options': 'nosniff',
      // Blogs on any origin show the image, also pages with cross-origin isolation.
      'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    if (ifNoneMatchMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
    if (format === 'png') {
      const image = await badgePng.render(svg);
      return c.body(new Uint8Array(image), 200, { ...headers, 'Content-Type': 'image/png' });
    }
    return c.body(svg, 200, {
      ...headers,
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; img-src data:; style-src 'unsafe-inline'",
    });
  });

  registerEmbedPageRoutes(app, ctx);
  registerOEmbedRoutes(app, ctx);
}
