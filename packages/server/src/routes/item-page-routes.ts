import { isId } from '@thecen/schema';
import type { Context, Hono } from 'hono';
import { getPartner } from '../catalog/partner-queries.js';
import { getProduct } from '../catalog/product-queries.js';
import { getService } from '../catalog/service-queries.js';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { cachedResponse } from '../http/cached-response.js';
import { renderNotFoundPage } from '../pages/not-found-page.js';
import { renderProductPage } from '../pages/product-page.js';
import { renderServicePage } from '../pages/service-page.js';
import { outputContextOf } from './output-context-of.js';

const HTML_CONTENT_TYPE = 'text/html; charset=utf-8';
/** The pages run no script at all; images may come from this server or any https host. */
const PAGE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
const PAGE_HEADERS = { 'Content-Security-Policy': PAGE_CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };

function htmlPage(c: Context<AppEnv>, body: string): Response {
  return cachedResponse(c, { body, contentType: HTML_CONTENT_TYPE, headers: PAGE_HEADERS });
}

function notFoundPage(c: Context<AppEnv>, kind: 'product' | 'service'): Response {
  return c.body(renderNotFoundPage(kind), 404, { 'Content-Type': HTML_CONTENT_TYPE, 'Cache-Control': 'no-store', ...PAGE_HEADERS });
}

/**
 * `GET /products/:id` and `/services/:id`: server-rendered pages, the no-JavaScript target of
 * widget links, with the seller identity Korean law asks for.
 */
export function registerItemPageRoutes(app: Hono<AppEnv>, db: Database, publicUrl: string | undefined): void {
  app.get('/products/:id', async (c) => {
    const id = c.req.param('id');
    const product = isId('product', id) ? await getProduct(db, id, outputContextOf(c, publicUrl)) : null;
    const partner = product ? await getPartner(db, product.partnerId, outputContextOf(c, publicUrl)) : null;
    if (!product || !partner) return notFoundPage(c, 'product');
    return htmlPage(c, renderProductPage(product, partner));
  });
  app.get('/services/:id', async (c) => {
    const id = c.req.param('id');
    const service = isId('service', id) ? await getService(db, id, outputContextOf(c, publicUrl)) : null;
    const partner = service ? await getPartner(db, service.partnerId, outputContextOf(c, publicUrl)) : null;
    if (!service || !partner) return notFoundPage(c, 'service');
    return htmlPage(c, renderServicePage(service, partner));
  });
}
