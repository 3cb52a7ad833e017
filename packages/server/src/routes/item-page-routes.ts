import { REFERRAL_CODE_PATTERN, REFERRAL_PARAMS, isId } from '@thecen/schema';
import type { Context, Hono } from 'hono';
import { firstItems } from '../catalog/keyset-page.js';
import { itemPageUrl } from '../catalog/output-context.js';
import { getPartner } from '../catalog/partner-queries.js';
import { getProduct, listProducts } from '../catalog/product-queries.js';
import { getService, listServices } from '../catalog/service-queries.js';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { cachedResponse } from '../http/cached-response.js';
import { renderNotFoundPage, type NotFoundKind } from '../pages/not-found-page.js';
import { renderPartnerPage } from '../pages/partner-page.js';
import { renderProductPage } from '../pages/product-page.js';
import { renderServicePage } from '../pages/service-page.js';
import {
  MALL_BOOKING_PAGE_PATH,
  MALL_ORDER_PAGE_PATH,
  SCRIPT_FREE_PAGE_CSP,
  mallPageCsp,
  renderMallStatusPage,
  type MallWidgets,
} from '../pages/mall-widgets.js';
import { oembedEndpointUrl } from '../referrals/oembed-target.js';
import { outputContextOf } from './output-context-of.js';

const HTML_CONTENT_TYPE = 'text/html; charset=utf-8';
/** Pages without the mall's widgets run no script at all; images may come from this server or any https host. */
const PAGE_HEADERS = { 'Content-Security-Policy': SCRIPT_FREE_PAGE_CSP, 'X-Content-Type-Options': 'nosniff' };

/** A partner page lists at most this many products and as many services, newest first. */
export const PARTNER_PAGE_MAX_ITEMS = 500;

function htmlPage(c: Context<AppEnv>, body: string, headers: Record<string, string> = PAGE_HEADERS): Response {
  return cachedResponse(c, { body, contentType: HTML_CONTENT_TYPE, headers });
}

/** Headers of a page with the mall's widgets: its scripts and API allowed, nothing else. */
const mallPageHeaders = (mall: MallWidgets | undefined, apiUrl: string) =>
  mall ? { 'Content-Security-Policy': mallPageCsp(mall, apiUrl), 'X-Content-Type-Options': 'nosniff' } : PAGE_HEADERS;

/** The oEmbed discovery URL of an item page: the page's canonical URL, with the `cen_mc` it was opened with. */
function oembedUrlOf(c: Context<AppEnv>, pageUrl: string, baseUrl: string): string {
  const mc = c.req.query(REFERRAL_PARAMS.marketCreator);
  return oembedEndpointUrl(baseUrl, mc && REFERRAL_CODE_PATTERN.test(mc) ? `${pageUrl}?${REFERRAL_PARAMS.marketCreator}=${mc}` : pageUrl);
}

function notFoundPage(c: Context<AppEnv>, kind: NotFoundKind): Response {
  return c.body(renderNotFoundPage(kind), 404, { 'Content-Type': HTML_CONTENT_TYPE, 'Cache-Control': 'no-store', ...PAGE_HEADERS });
}

/**
 * `GET /products/:id`, `/services/:id` and `/partners/:id`: server-rendered pages, the
 * no-JavaScript target of widget links, with the seller identity Korean law asks for. With the
 * mall's widgets, product and service pages also sell and book (a referral link lands there), and
 * `/orders/status` and `/bookings/status` follow what was bought.
 */
export function registerItemPageRoutes(app: Hono<AppEnv>, db: Database, publicUrl: string | undefined, mall?: MallWidgets): void {
  const mallOf = (baseUrl: string) => (mall ? { widgets: mall, apiUrl: baseUrl } : undefined);
  app.get('/products/:id', async (c) => {
    const id = c.req.param('id');
    const ctx = outputContextOf(c, publicUrl);
    const product = isId('product', id) ? await getProduct(db, id, ctx) : null;
    const partner = product ? await getPartner(db, product.partnerId, ctx) : null;
    if (!product || !partner) return notFoundPage(c, 'product');
    const oembedUrl = oembedUrlOf(c, itemPageUrl('products', product.id, ctx), ctx.baseUrl);
    return htmlPage(
      c,
      renderProductPage(product, partner, itemPageUrl('partners', partner.id, ctx), { oembedUrl, mall: mallOf(ctx.baseUrl) }),
      mallPageHeaders(mall, ctx.baseUrl),
    );
  });
  app.get('/services/:id', async (c) => {
    const id = c.req.param('id');
    const ctx = outputContextOf(c, publicUrl);
    const service = isId('service', id) ? await getService(db, id, ctx) : null;
    const partner = service ? await getPartner(db, service.partnerId, ctx) : null;
    if (!service || !partner) return notFoundPage(c, 'service');
    const oembedUrl = oembedUrlOf(c, itemPageUrl('services', service.id, ctx), ctx.baseUrl);
    return htmlPage(
      c,
      renderServicePage(service, partner, itemPageUrl('partners', partner.id, ctx), { oembedUrl, mall: mallOf(ctx.baseUrl) }),
      mallPageHeaders(mall, ctx.baseUrl),
    );
  });
  app.get('/partners/:id', async (c) => {
    const id = c.req.param('id');
    const ctx = outputContextOf(c, publicUrl);
    const partner = isId('partner', id) ? await getPartner(db, id, ctx) : null;
    if (!partner) return notFoundPage(c, 'partner');
    const products = await firstItems((cursor, limit) => listProducts(db, { partner: partner.id, sort: 'newest', cursor, limit }, ctx), PARTNER_PAGE_MAX_ITEMS);
    const services = await firstItems((cursor, limit) => listServices(db, { partner: partner.id, sort: 'newest', cursor, limit }, ctx), PARTNER_PAGE_MAX_ITEMS);
    return htmlPage(c, renderPartnerPage(partner, products, services));
  });
  if (mall) {
    for (const [path, kind] of [
      [MALL_ORDER_PAGE_PATH, 'order'],
      [MALL_BOOKING_PAGE_PATH, 'booking'],
    ] as const) {
      app.get(path, (c) => {
        const { baseUrl } = outputContextOf(c, publicUrl);
        // The token is in the URL: never cached, never sent on as a referrer.
        return c.body(renderMallStatusPage(kind, mall, baseUrl), 200, {
          'Content-Type': HTML_CONTENT_TYPE,
          'Cache-Control': 'no-store',
          'Referrer-Policy': 'no-referrer',
          ...mallPageHeaders(mall, baseUrl),
        });
      });
    }
  }
}
