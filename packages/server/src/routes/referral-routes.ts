import { randomBytes } from 'node:crypto';
import { DEMO_CHANNEL, escapeXml } from '@thecen/mocks/fixtures';
import {
  REFERRAL_CODE_PATTERN,
  REFERRAL_DISCLOSURE,
  REFERRAL_PARAMS,
  idPattern,
  routes,
  type CommissionStatement,
  type LedgerEntry,
} from '@thecen/schema';
import type { Context, Handler, Hono } from 'hono';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { cachedJson } from '../http/cached-response.js';
import { ProblemError } from '../http/problem.js';
import { readJsonBody } from '../http/read-body.js';
import { parsePathParams } from '../http/validate-input.js';
import { recordClick } from '../referrals/record-click.js';
import { findMarketCreatorByCode } from '../referrals/referral-store.js';
import { jsonAnswer, sendAnswer } from './json-answer.js';

export type ReferralRouteName = 'getMarketCreator' | 'recordReferralClick' | 'getCommissionStatement';

export interface ReferralContext {
  db: Database;
  now: () => Date;
  publicUrl: string | undefined;
}

const noMarketCreator = (code: string) => new ProblemError(404, 'not_found', `No active Market Creator has the code ${code}.`);

export function referralHandlers(ctx: ReferralContext): Record<ReferralRouteName, Handler<AppEnv>> {
  const { db } = ctx;
  return {
    async getMarketCreator(c) {
      const { code } = parsePathParams(c, routes.getMarketCreator.params);
      const mc = await findMarketCreatorByCode(db, code);
      if (!mc || mc.status !== 'active') throw noMarketCreator(code);
      return cachedJson(c, mc);
    },
    async recordReferralClick(c) {
      const { data } = await readJsonBody(c, routes.recordReferralClick.body);
      const recorded = await recordClick(db, { ...data, userAgent: c.req.header('User-Agent'), now: ctx.now() });
      return sendAnswer(c, jsonAnswer(recorded, recorded.counted ? 201 : 200));
    },
    async getCommissionStatement(c) {
      const { code } = parsePathParams(c, routes.getCommissionStatement.params);
      const statement = await commissionStatement(db, c.get('channel').id, code);
      if (!statement) throw noMarketCreator(code);
      return sendAnswer(c, jsonAnswer(statement));
    },
  };
}

interface LedgerRow {
  id: string;
  role: 'mc' | 'cc';
  order_id: string;
  base: number;
  rate_bps: number;
  amount: number;
  status: LedgerEntry['status'];
  created_at: Date;
  payable_at: Date | null;
}

/** Month in Seoul time, `2026-11`. */
const seoulMonth = (date: Date) => new Date(date.getTime() + 9 * 3_600_000).toISOString().slice(0, 7);

/** An MC's clicks, attributed orders and ledger of one channel, by Seoul month; null for an unknown code. */
export async function commissionStatement(db: Database, channelId: string, code: string): Promise<CommissionStatement | null> {
  const mc = await findMarketCreatorByCode(db, code);
  if (!mc) return null;
  const clicks = await db.query<{ created_at: Date }>('SELECT created_at FROM referral_clicks WHERE mc_id = $1 AND counted', [mc.id]);
  const orders = await db.query<{ created_at: Date }>(
    'SELECT created_at FROM orders WHERE referral_mc_id = $1 AND channel_id = $2',
    [mc.id, channelId],
  );
  const rows = await db.query<LedgerRow>(
    `SELECT l.* FROM commission_ledger l JOIN orders o ON o.id = l.order_id
      WHERE l.role = 'mc' AND l.creator_id = $1 AND o.channel_id = $2 ORDER BY l.created_at, l.id`,
    [mc.id, channelId],
  );
  const months = new Map<string, CommissionStatement['months'][number]>();
  const monthOf = (date: Date) => {
    const key = seoulMonth(date);
    let month = months.get(key);
    if (!month) months.set(key, (month = { month: key, clicks: 0, orders: 0, pending: 0, payable: 0, reversed: 0 }));
    return month;
  };
  for (const click of clicks) monthOf(click.created_at).clicks += 1;
  for (const order of orders) monthOf(order.created_at).orders += 1;
  const totals = { pending: 0, payable: 0, reversed: 0 };
  for (const row of rows) {
    monthOf(row.created_at)[row.status] += row.amount;
    totals[row.status] += row.amount;
  }
  return {
    object: 'commission_statement',
    role: 'mc',
    creatorId: mc.id,
    displayName: mc.displayName,
    months: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    entries: rows.map((r) => ({
      id: r.id,
      role: r.role,
      orderId: r.order_id,
      base: r.base,
      rateBps: r.rate_bps,
      amount: r.amount,
      status: r.status,
      createdAt: r.created_at.toISOString(),
      payableAt: r.payable_at?.toISOString() ?? null,
    })),
    totals,
  };
}

const VISITOR_COOKIE = 'cen_vid';
const PRODUCT_ID = idPattern('product');

function visitorIdOf(c: Context<AppEnv>): { id: string; isNew: boolean } {
  const match = /(?:^|;\s*)cen_vid=([A-Za-z0-9_-]{8,64})(?:;|$)/.exec(c.req.header('Cookie') ?? '');
  return match ? { id: match[1]!, isNew: false } : { id: randomBytes(16).toString('base64url'), isNew: true };
}

/** The demo channel's allowed origins (the `to` target of a referral link must be on one of them). */
async function demoChannelOrigins(db: Database): Promise<string[]> {
  const rows = await db.query<{ allowed_origins: string[] }>('SELECT allowed_origins FROM channels WHERE id = $1', [DEMO_CHANNEL.id]);
  return rows[0]?.allowed_origins ?? [];
}

function allowedTarget(to: string | undefined, origins: readonly string[]): URL | null {
  if (!to) return null;
  try {
    const url = new URL(to);
    return (url.protocol === 'https:' || url.protocol === 'http:') && origins.includes(url.origin) ? url : null;
  } catch {
    return null;
  }
}

const BADGE_WIDTH = 360;

/** A badge image: the MC's name, the product (title and price, when given) and the disclosure line, all XML-escaped. */
export function renderReferralBadge(input: { displayName: string; productTitle?: string | null; price?: number | null }): string {
  const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  const product = input.productTitle
    ? `${clip(input.productTitle, 28)}${input.price != null ? ` · ${input.price.toLocaleString('ko-KR')}원` : ''}`
    : null;
  const lines = [
    `<text x="16" y="30" font-size="15" font-weight="700" fill="#1d2b24">${escapeXml(clip(input.displayName, 30))} 추천</text>`,
    product ? `<text x="16" y="54" font-size="13" fill="#1d2b24">${escapeXml(product)}</text>` : '',
    `<text x="16" y="${product ? 78 : 56}" font-size="10.5" fill="#3d4a43">${escapeXml(REFERRAL_DISCLOSURE.ko)}</text>`,
  ].join('');
  const height = product ? 92 : 70;
  const label = `${input.displayName} 추천${product ? `: ${product}` : ''}. ${REFERRAL_DISCLOSURE.ko}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${BADGE_WIDTH}" height="${height}" viewBox="0 0 ${BADGE_WIDTH} ${height}" role="img" aria-label="${escapeXml(label)}">` +
    `<title>${escapeXml(label)}</title>` +
    `<rect x="0.5" y="0.5" width="${BADGE_WIDTH - 1}" height="${height - 1}" rx="10" fill="#f4f8f2" stroke="#6b8f71"/>` +
    `<g font-family="system-ui, 'Apple SD Gothic Neo', 'Noto Sans KR', sans-serif">${lines}</g></svg>`
  );
}

/**
 * Key-less pages of referrals: `GET /r/{code}?product=prd_…[&to=…]` records a click (same rules as
 * the API) and redirects to the product page (or `to`, when it is on an allowed origin of the
 * demo channel) with `cen_mc` and `cen_click`; `GET /badges/{code}.svg?product=prd_…` draws a badge.
 */
export function registerReferralLinkRoutes(app: Hono<AppEnv>, ctx: ReferralContext): void {
  const { db } = ctx;
  app.get('/r/:code', async (c) => {
    const code = c.req.param('code');
    if (!REFERRAL_CODE_PATTERN.test(code)) throw noMarketCreator(code.slice(0, 40));
    const product = c.req.query('product');
    const productId = product && PRODUCT_ID.test(product) ? product : undefined;
    const visitor = visitorIdOf(c);
    const recorded = await recordClick(db, { mcCode: code, productId, visitorId: visitor.id, userAgent: c.req.header('User-Agent'), now: ctx.now() });
    const base = ctx.publicUrl ?? new URL(c.req.url).origin;
    const target =
      allowedTarget(c.req.query('to'), await demoChannelOrigins(db)) ?? new URL(productId ? `/products/${productId}` : '/', `${base}/`);
    if (recorded.reason !== 'unknown_referrer' && recorded.reason !== 'inactive') {
      target.searchParams.set(REFERRAL_PARAMS.marketCreator, code);
      if (recorded.clickId) target.searchParams.set('cen_click', recorded.clickId);
    }
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    if (visitor.isNew) c.header('Set-Cookie', `${VISITOR_COOKIE}=${visitor.id}; Max-Age=2592000; Path=/r; HttpOnly; SameSite=Lax`);
    return c.redirect(target.toString(), 302);
  });

  app.get('/badges/:file', async (c) => {
    const match = /^(.+)\.svg$/.exec(c.req.param('file'));
    const code = match?.[1] ?? '';
    const mc = REFERRAL_CODE_PATTERN.test(code) ? await findMarketCreatorByCode(db, code) : null;
    if (!mc || mc.status !== 'active') throw noMarketCreator(code.slice(0, 40));
    const productId = c.req.query('product');
    const [product] =
      productId && PRODUCT_ID.test(productId)
        ? await db.query<{ title: string; price: number }>(`SELECT title, price FROM products WHERE id = $1`, [productId])
        : [];
    const svg = renderReferralBadge({ displayName: mc.displayName, productTitle: product?.title ?? null, price: product?.price ?? null });
    return c.body(svg, 200, {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'X-Content-Type-Options': 'nosniff',
    });
  });
}
