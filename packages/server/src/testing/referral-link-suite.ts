/**
 * The key-less referral pages, run once per storage engine: referral links to products and
 * services, badge images in every look and size (SVG and PNG), the embed pages, oEmbed with its
 * discovery links, and the hourly click limit per network address.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { serve } from '@hono/node-server';
import { OEmbedResponse, REFERRAL_DISCLOSURE, badgeImageSize } from '@thecen/schema';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';
import { BADGE_PNG_SCALE } from '../referrals/badge-png.js';
import { CLICK_ADDRESS_LIMIT_PER_HOUR, recordClick } from '../referrals/record-click.js';
import { testServices } from './catalog-fixtures.js';
import { refundA } from './checkout-fixtures.js';
import { assertMatches, checkoutHarness, errorPaths, expectProblem, prepareCheckoutDatabase, sendTo, type CheckoutHarness } from './checkout-harness.js';
import { ORIGIN } from './http-client.js';
import { decodePng, darkPixels, hasPngSignature, pngSize } from './png-reader.js';

const BROWSER_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';
const SIGNING_SECRET = 'test-signing-secret-of-at-least-32-characters';

/** svc_test01: "from" 50,000 won; svc_test02: priced after consultation. */
const fromPriced = testServices.find((s) => s.id === 'svc_test01')!;
const quoted = testServices.find((s) => s.id === 'svc_test02')!;

async function insertMarketCreators(db: Database): Promise<void> {
  await db.exec(`
    INSERT INTO market_creators (id, code, kind, display_name, avatar, introduction, status, partner_id) VALUES
      ('mc_linkmom01', 'link-mom', 'individual', '링크맘', NULL, '', 'active', NULL),
      ('mc_linkevil1', 'link-evil', 'celebrity', '<b>악</b>&"''', NULL, '', 'active', NULL),
      ('mc_linksusp1', 'link-paused', 'individual', '쉬는중', NULL, '', 'suspended', NULL);
  `);
}

/** The text inside the SVG's `<text>` elements, joined by spaces. */
const visibleText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');

async function png(app: Hono<AppEnv>, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; bytes: Uint8Array }> {
  const response = await app.request(`${ORIGIN}${path}`, { headers });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

export function describeReferralLinks(engine: string, openDatabase: () => Promise<Database>, closeDatabase?: () => Promise<void>): void {
  describe(`referral links, badges and oEmbed on ${engine}`, () => {
    let db: Database;
    let h: CheckoutHarness;
    /** The same server behind a trusted proxy (`CEN_TRUST_PROXY=1`). */
    let proxied: Hono<AppEnv>;

    before(async () => {
      db = await openDatabase();
      await prepareCheckoutDatabase(db);
      await insertMarketCreators(db);
      h = checkoutHarness(db);
      proxied = createApp({
        db,
        onUnexpectedError: (error) => h.unexpected.push(error),
        checkout: { now: h.clock.now, env: { CEN_TRUST_PROXY: '1' }, signingSecret: SIGNING_SECRET },
      });
    });

    after(async () => {
      await db?.close();
      await closeDatabase?.();
      assert.deepEqual(h?.unexpected ?? [], [], 'no request ended in an unexpected error');
    });

    const clickRow = (id: string) =>
      db.query<{ product_id: string | null; service_id: string | null; ip_hash: string | null; counted: boolean }>(
        'SELECT product_id, service_id, ip_hash, counted FROM referral_clicks WHERE id = $1',
        [id],
      );

    test('a referral link to a service lands on the service page and records the service', async () => {
      const res = await sendTo(h.app, `/r/link-mom?service=${fromPriced.id}`, { headers: { 'User-Agent': BROWSER_UA } });
      assert.equal(res.status, 302);
      const location = new URL(res.headers.get('location')!);
      assert.equal(location.pathname, `/services/${fromPriced.id}`);
      assert.equal(location.searchParams.get('cen_mc'), 'link-mom');
      const [row] = await clickRow(location.searchParams.get('cen_click')!);
      assert.deepEqual(row, { product_id: null, service_id: fromPriced.id, ip_hash: null, counted: true });
      const both = await sendTo(h.app, `/r/link-mom?product=${refundA.id}&service=${fromPriced.id}`, { headers: { 'User-Agent': BROWSER_UA } });
      assert.equal(new URL(both.headers.get('location')!).pathname, `/products/${refundA.id}`, 'a product wins over a service');
      const bad = await sendTo(h.app, '/r/link-mom?service=svc_', { headers: { 'User-Agent': BROWSER_UA } });
      assert.equal(new URL(bad.headers.get('location')!).pathname, '/', 'a malformed id is ignored');
    });

    test('the click API records a service', async () => {
      const res = await h.postJson('/v1/referrals/clicks', { mcCode: 'link-mom', serviceId: quoted.id, visitorId: 'visitor-service-1' }, { 'User-Agent': BROWSER_UA });
      assert.equal(res.status, 201, res.text);
      const [row] = await clickRow(res.json.clickId);
      assert.equal(row!.service_id, quoted.id);
    });

    test('badges of services show the title and the price, "from" or quoted', async () => {
      const from = await sendTo(h.app, `/badges/link-mom.svg?service=${fromPriced.id}`);
      assert.equal(from.status, 200, from.text);
      assert.ok(visibleText(from.text).includes(fromPriced.title));
      assert.ok(visibleText(from.text).includes('50,000원부터'), visibleText(from.text));
      const quote = await sendTo(h.app, `/badges/link-mom.svg?service=${quoted.id}&look=card`);
      assert.ok(visibleText(quote.text).includes('상담 후 견적'), visibleText(quote.text));
    });

    test('every look and size is exactly badgeImageSize and shows the name and the disclosure', async () => {
      for (const look of ['compact', 'button', 'card'] as const) {
        for (const size of ['s', 'm', 'l'] as const) {
          for (const item of [`product=${refundA.id}&`, '']) {
            const res = await sendTo(h.app, `/badges/link-mom.svg?${item}look=${look}&size=${size}`);
            assert.equal(res.status, 200, res.text);
            const { width, height } = badgeImageSize(look, size, item !== '');
            assert.match(res.text, new RegExp(`^<svg [^>]*width="${width}" height="${height}"`), `${look} ${size} ${item}`);
            const text = visibleText(res.text);
            assert.ok(text.includes('링크맘'), text);
            assert.ok(text.includes(REFERRAL_DISCLOSURE.ko), `${look} ${size}: ${text}`);
          }
        }
      }
    });

    test('markup in an MC name is escaped in every look, in the image and the embed page', async () => {
      for (const look of ['compact', 'button', 'card']) {
        const res = await sendTo(h.app, `/badges/link-evil.svg?product=${refundA.id}&look=${look}`);
        assert.doesNotMatch(res.text, /<b>/);
        assert.match(res.text, /&lt;b&gt;악&lt;\/b&gt;&amp;&quot;/);
        const page = await sendTo(h.app, `/embed/badge/link-evil?product=${refundA.id}&look=${look}`);
        assert.doesNotMatch(page.text, /<b>/);
        assert.match(page.text, /&lt;b&gt;악&lt;\/b&gt;&amp;&quot;/);
      }
    });

    test('bad badge parameters are 400 problems with field paths; unknown codes and formats 404', async () => {
      for (const ext of ['svg', 'png']) {
        const look = await sendTo(h.app, `/badges/link-mom.${ext}?look=huge`);
        expectProblem(look, 400, 'validation_failed');
        assert.deepEqual(errorPaths(look), ['query.look']);
        assert.deepEqual(errorPaths(await sendTo(h.app, `/badges/link-mom.${ext}?size=xl&product=prd_`)).sort(), ['query.product', 'query.size']);
        assert.deepEqual(errorPaths(await sendTo(h.app, `/badges/link-mom.${ext}?product=${refundA.id}&service=${quoted.id}`)), ['query.service']);
        assert.deepEqual(errorPaths(await sendTo(h.app, `/badges/link-mom.${ext}?look=card&look=button`)), ['query.look']);
        expectProblem(await sendTo(h.app, `/badges/link-paused.${ext}`), 404, 'not_found');
        expectProblem(await sendTo(h.app, `/badges/nobody-here.${ext}`), 404, 'not_found');
      }
      expectProblem(await sendTo(h.app, '/badges/link-mom.gif'), 404, 'not_found');
      const extra = await sendTo(h.app, '/badges/link-mom.svg?utm_source=blog');
      assert.equal(extra.status, 200, 'parameters a blog adds are ignored');
    });

    test('a badge for an item no longer on offer keeps its size and says so', async () => {
      const res = await sendTo(h.app, '/badges/link-mom.svg?product=prd_ckhidden1&look=card');
      assert.equal(res.status, 200);
      const { width, height } = badgeImageSize('card', 'm', true);
      assert.match(res.text, new RegExp(`width="${width}" height="${height}"`));
      assert.ok(visibleText(res.text).includes('판매가 끝난 상품입니다'));
    });

    test('the PNG badge is the SVG rasterised at 2x, cached, with an ETag', async () => {
      const path = `/badges/link-mom.png?service=${fromPriced.id}&look=card&size=l`;
      const first = await png(h.app, path);
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('content-type'), 'image/png');
      assert.match(first.headers.get('cache-control')!, /max-age=86400/);
      assert.ok(hasPngSignature(first.bytes));
      const box = badgeImageSize('card', 'l', true);
      assert.deepEqual(pngSize(first.bytes), { width: box.width * BADGE_PNG_SCALE, height: box.height * BADGE_PNG_SCALE });
      // Title and price are drawn in the text column (right of the picture), in the card's upper half.
      const image = decodePng(first.bytes);
      const scale = (box.width / 340) * BADGE_PNG_SCALE;
      assert.ok(darkPixels(image, { x: Math.round(112 * scale), y: Math.round(40 * scale), width: Math.round(200 * scale), height: Math.round(60 * scale) }) > 300);
      const again = await png(h.app, path);
      assert.deepEqual(again.bytes, first.bytes);
      const etag = first.headers.get('etag')!;
      assert.equal((await png(h.app, path, { 'If-None-Match': etag })).status, 304);
      const svg = await sendTo(h.app, `/badges/link-mom.svg?service=${fromPriced.id}&look=card&size=l`);
      assert.notEqual(svg.headers.get('etag'), null);
    });

    test('the embed page: the badge as text, one link through /r in a new tab, no script, framable anywhere', async () => {
      const res = await sendTo(h.app, `/embed/badge/link-mom?service=${fromPriced.id}&look=card&size=s`);
      assert.equal(res.status, 200, res.text);
      assert.match(res.headers.get('content-type')!, /^text\/html/);
      const csp = res.headers.get('content-security-policy')!;
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /frame-ancestors \*/);
      assert.doesNotMatch(csp, /script-src/);
      assert.equal(res.headers.get('x-frame-options'), null);
      assert.doesNotMatch(res.text, /<script|\son\w+=/i);
      const links = [...res.text.matchAll(/<a [^>]*>/g)].map((m) => m[0]);
      assert.equal(links.length, 1);
      assert.ok(links[0]!.includes(`href="${ORIGIN}/r/link-mom?service=${fromPriced.id}"`), links[0]);
      assert.match(links[0]!, /target="_blank" rel="noopener"/);
      for (const text of ['링크맘 추천', fromPriced.title, '50,000원부터', REFERRAL_DISCLOSURE.ko]) assert.ok(res.text.includes(text), text);
      const { width, height } = badgeImageSize('card', 's', true);
      assert.ok(res.text.includes(`html, body { width: ${width}px; height: ${height}px; }`));

      const item = await sendTo(h.app, `/embed/products/${refundA.id}?look=compact`);
      assert.equal(item.status, 200);
      assert.ok(item.text.includes(`href="${ORIGIN}/products/${refundA.id}"`));
      assert.ok(item.text.includes('6,000원'));
      assert.ok(!item.text.includes(REFERRAL_DISCLOSURE.ko), 'no referral, no disclosure');
      assert.equal((await sendTo(h.app, '/embed/badge/link-paused')).status, 404);
      assert.equal((await sendTo(h.app, '/embed/products/prd_ckhidden1')).status, 404);
      assert.equal((await sendTo(h.app, `/embed/services/${refundA.id}`)).status, 404);
      expectProblem(await sendTo(h.app, '/embed/badge/link-mom?size=xxl'), 400, 'validation_failed');
    });

    const oembed = (url: string, extra = '') => sendTo(h.app, `/oembed?url=${encodeURIComponent(url)}${extra}`);

    test('oEmbed answers rich iframes of embed pages for product pages, links and badges', async () => {
      const page = await oembed(`${ORIGIN}/products/${refundA.id}`, '&format=json');
      assert.equal(page.status, 200, page.text);
      assert.equal(page.headers.get('access-control-allow-origin'), '*');
      assertMatches(OEmbedResponse, page.json, 'OEmbedResponse');
      const card = badgeImageSize('card', 'm', true);
      assert.deepEqual([page.json.type, page.json.version, page.json.width, page.json.height], ['rich', '1.0', card.width, card.height]);
      assert.equal(page.json.title, refundA.title);
      assert.ok(page.json.html.startsWith(`<iframe src="${ORIGIN}/embed/products/${refundA.id}?look=card&amp;size=m" width="${card.width}" height="${card.height}"`), page.json.html);
      assert.match(page.json.html, /sandbox="allow-popups allow-popups-to-escape-sandbox"/);

      const withMc = await oembed(`${ORIGIN}/products/${refundA.id}?cen_mc=link-mom`);
      assert.equal(withMc.json.author_name, '링크맘');
      assert.ok(withMc.json.html.includes(`${ORIGIN}/embed/badge/link-mom?product=${refundA.id}&amp;look=card&amp;size=m`), withMc.json.html);
      const pausedMc = await oembed(`${ORIGIN}/products/${refundA.id}?cen_mc=link-paused`);
      assert.ok(pausedMc.json.html.includes('/embed/products/'), 'a suspended MC: the item alone');

      const service = await oembed(`${ORIGIN}/services/${quoted.id}`);
      assert.ok(service.json.html.includes(`/embed/services/${quoted.id}`));

      const link = await oembed(`${ORIGIN}/r/link-mom?service=${fromPriced.id}`);
      assert.equal(link.status, 200, link.text);
      assert.ok(link.json.html.includes(`/embed/badge/link-mom?service=${fromPriced.id}&amp;look=card`));

      const badge = await oembed(`${ORIGIN}/badges/link-mom.png?product=${refundA.id}&look=button&size=l`, '&maxwidth=300');
      const button = badgeImageSize('button', 'm', true);
      assert.deepEqual([badge.json.width, badge.json.height], [button.width, button.height], 'l is wider than 300: m');
      assert.ok(badge.json.html.includes('look=button&amp;size=m'));

      const evil = await oembed(`${ORIGIN}/r/link-evil?product=${refundA.id}`);
      assert.doesNotMatch(evil.json.html, /<b>/);
      assert.equal(evil.json.author_name, '<b>악</b>&"\'', 'JSON carries the name as it is; only the html is escaped');
    });

    test('oEmbed errors: 400 with field paths, 404 for other URLs, 501 for XML, all with CORS', async () => {
      const missing = await sendTo(h.app, '/oembed');
      expectProblem(missing, 400, 'validation_failed');
      assert.deepEqual(errorPaths(missing), ['query.url']);
      assert.equal(missing.headers.get('access-control-allow-origin'), '*');
      const bad = await oembed(`${ORIGIN}/products/${refundA.id}`, '&maxwidth=abc&format=jsonp');
      assert.deepEqual(errorPaths(bad).sort(), ['query.format', 'query.maxwidth']);
      assert.deepEqual(errorPaths(await oembed(`${ORIGIN}/products/${refundA.id}`, '&callback=x')), ['query.callback']);
      for (const url of [
        `https://evil.example/products/${refundA.id}`,
        `${ORIGIN}/products/prd_nosuchthing`,
        `${ORIGIN}/products/prd_ckhidden1`,
        `${ORIGIN}/r/link-paused?product=${refundA.id}`,
        `${ORIGIN}/badges/nobody-here.svg`,
        `${ORIGIN}/partners/pa_alphacoop`,
      ]) {
        const res = await oembed(url);
        expectProblem(res, 404, 'not_found');
        assert.equal(res.headers.get('access-control-allow-origin'), '*');
      }
      expectProblem(await oembed(`${ORIGIN}/products/${refundA.id}`, '&maxwidth=150'), 404, 'not_found');
      const xml = await oembed(`${ORIGIN}/products/${refundA.id}`, '&format=xml');
      assert.equal(xml.status, 501);
      assert.match(xml.headers.get('content-type')!, /^application\/problem\+json/);
      assert.equal(xml.headers.get('access-control-allow-origin'), '*');
    });

    test('product and service pages announce their oEmbed endpoint, with the cen_mc they were opened with', async () => {
      const product = await sendTo(h.app, `/products/${refundA.id}`);
      const expected = `${ORIGIN}/oembed?url=${encodeURIComponent(`${ORIGIN}/products/${refundA.id}`)}&amp;format=json`;
      assert.ok(product.text.includes(`<link rel="alternate" type="application/json+oembed" href="${expected}"`), product.text.slice(0, 1500));
      const withMc = await sendTo(h.app, `/services/${quoted.id}?cen_mc=link-mom`);
      const service = `${ORIGIN}/services/${quoted.id}?cen_mc=link-mom`;
      assert.ok(withMc.text.includes(`href="${ORIGIN}/oembed?url=${encodeURIComponent(service)}&amp;format=json"`));
      const [head] = withMc.text.split('</head>');
      assert.match(head!, /application\/json\+oembed/, 'in <head>');
      const junk = await sendTo(h.app, `/products/${refundA.id}?cen_mc=%22%3E%3Cscript%3E`);
      assert.doesNotMatch(junk.text, /<script|cen_mc%3D%2522/);
    });

    test(`more than ${CLICK_ADDRESS_LIMIT_PER_HOUR} clicks an hour from one address are rate-limited, whatever the visitor ids`, async () => {
      const address = '198.51.100.9';
      const now = h.clock.now();
      const reasons: (string | null)[] = [];
      for (let i = 0; i < CLICK_ADDRESS_LIMIT_PER_HOUR + 1; i += 1) {
        const clicked = await recordClick(db, { mcCode: i % 2 ? 'link-mom' : 'link-evil', visitorId: `flood-visitor-${i}`, clientAddress: address, userAgent: BROWSER_UA, now });
        reasons.push(clicked.reason);
      }
      assert.ok(reasons.slice(0, CLICK_ADDRESS_LIMIT_PER_HOUR).every((r) => r === null), 'all counted up to the limit');
      assert.equal(reasons.at(-1), 'rate_limited');
      const rows = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM referral_clicks WHERE visitor_hash IS NOT NULL AND ip_hash IS NOT NULL AND created_at = $1", [now]);
      assert.equal(rows[0]!.n, CLICK_ADDRESS_LIMIT_PER_HOUR, 'the limited click stored nothing');
      const leaked = await db.query("SELECT id FROM referral_clicks WHERE ip_hash LIKE '%198.51%' OR ip_hash = $1", [address]);
      assert.deepEqual(leaked, [], 'the address is stored only as a keyed hash');
      const other = await recordClick(db, { mcCode: 'link-mom', visitorId: 'other-address-1', clientAddress: '198.51.100.10', userAgent: BROWSER_UA, now });
      assert.equal(other.counted, true, 'another address still counts');

      // Through the link: behind a trusted proxy the first X-Forwarded-For hop is the address.
      const viaProxy = await sendTo(proxied, '/r/link-mom', { headers: { 'User-Agent': BROWSER_UA, 'X-Forwarded-For': `${address}, 10.0.0.1` } });
      assert.equal(new URL(viaProxy.headers.get('location')!).searchParams.get('cen_click'), null, 'rate-limited: no click id');
      const untrusted = await sendTo(h.app, '/r/link-mom', { headers: { 'User-Agent': BROWSER_UA, 'X-Forwarded-For': address } });
      assert.match(new URL(untrusted.headers.get('location')!).searchParams.get('cen_click') ?? '', /^clk_/, 'without CEN_TRUST_PROXY the header is not believed');

      h.clock.advance(61 * 60_000);
      const later = await recordClick(db, { mcCode: 'link-mom', visitorId: 'flood-visitor-later', clientAddress: address, userAgent: BROWSER_UA, now: h.clock.now() });
      assert.equal(later.counted, true, 'an hour later it counts again');
    });

    test('over a real socket the peer address is hashed into the click', async () => {
      const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
        const s = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
      });
      try {
        const { port } = server.address() as AddressInfo;
        const res = await fetch(`http://127.0.0.1:${port}/r/link-mom?product=${refundA.id}`, { redirect: 'manual', headers: { 'User-Agent': BROWSER_UA } });
        assert.equal(res.status, 302);
        await res.body?.cancel();
        const [row] = await clickRow(new URL(res.headers.get('location')!).searchParams.get('cen_click')!);
        assert.match(row!.ip_hash ?? '', /^[0-9a-f]{64}$/);
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });
  });
}
