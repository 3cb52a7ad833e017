import { test } from 'node:test';
import assert from 'node:assert/strict';
import { demoPartners, demoProducts, demoServices } from '@thecen/mocks/fixtures';
import { mallPageCsp, mallWidgetsFromEnv, renderMallStatusPage, SCRIPT_FREE_PAGE_CSP } from './mall-widgets.js';
import { renderProductPage } from './product-page.js';
import { renderServicePage } from './service-page.js';

const mall = { publishableKey: 'pk_test_TheCenDemoCoopSite01', scriptUrl: '/cdn/cen-widgets.js' };
const API = 'https://api.thecen.example';
const product = demoProducts.find((p) => p.status === 'active')!;
const service = demoServices[0]!;
const partnerOf = (id: string) => demoPartners.find((p) => p.id === id)!;

test('with the mall’s widgets a product page sells and a service page books, configured by one script tag', () => {
  const page = renderProductPage(product, partnerOf(product.partnerId), `${API}/partners/x`, { mall: { widgets: mall, apiUrl: API } });
  assert.ok(page.includes(`<script type="module" src="${API}/cdn/cen-widgets.js" data-cen-api="${API}" data-cen-key="${mall.publishableKey}"></script>`));
  assert.match(page, new RegExp(`<cen-add-to-cart product="${product.id}">`));
  assert.match(page, /<cen-cart return-url="\/orders\/status"><\/cen-cart>/);
  const servicePage = renderServicePage(service, partnerOf(service.partnerId), `${API}/partners/x`, { mall: { widgets: mall, apiUrl: API } });
  assert.match(servicePage, new RegExp(`<cen-service-booking service="${service.id}" status-url="/bookings/status">`));
  assert.match(renderMallStatusPage('order', mall, API), /<cen-order-status><p class="no-script">/);
  assert.match(renderMallStatusPage('booking', mall, API), /<cen-booking-status><p class="no-script">[^<]*<\/p><\/cen-booking-status>/);
});

test('without them the pages carry no script at all', () => {
  const page = renderProductPage(product, partnerOf(product.partnerId), `${API}/partners/x`);
  assert.doesNotMatch(page, /<script|<cen-/);
  assert.doesNotMatch(SCRIPT_FREE_PAGE_CSP, /script-src/);
});

test('the CSP of a mall page allows the widgets’ origin and the API only, no inline script', () => {
  const csp = mallPageCsp({ ...mall, scriptUrl: 'https://cdn.thecen.example/cen-widgets.js' }, API);
  assert.match(csp, /script-src https:\/\/cdn\.thecen\.example;/);
  assert.match(csp, /connect-src https:\/\/api\.thecen\.example;/);
  assert.doesNotMatch(csp, /unsafe-inline'[^;]*script|'unsafe-eval'/);
  assert.match(mallPageCsp(mall, API), /script-src https:\/\/api\.thecen\.example;/, 'a path is on this server');
});

test('CEN_MALL_* configure them; a secret key or a script URL that is neither http(s) nor a path is refused', () => {
  assert.equal(mallWidgetsFromEnv({}), undefined);
  assert.deepEqual(mallWidgetsFromEnv({ CEN_MALL_PUBLISHABLE_KEY: mall.publishableKey, CEN_MALL_WIDGETS_URL: '/cdn/cen-widgets.js' }), mall);
  assert.throws(() => mallWidgetsFromEnv({ CEN_MALL_PUBLISHABLE_KEY: 'sk_test_abcdefghijkl', CEN_MALL_WIDGETS_URL: '/cdn/x.js' }), /publishable/);
  assert.throws(() => mallWidgetsFromEnv({ CEN_MALL_PUBLISHABLE_KEY: mall.publishableKey, CEN_MALL_WIDGETS_URL: 'javascript:alert(1)' }), /URL/);
});
