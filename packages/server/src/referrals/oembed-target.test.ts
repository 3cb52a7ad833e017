import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { badgeImageSize } from '@thecen/schema';
import { embedPageUrl, fitEmbed, oembedEndpointUrl, parseOEmbedTarget } from './oembed-target.js';

const BASE = 'https://api.thecen.example';

describe('oEmbed targets', () => {
  test('product and service pages, with or without cen_mc', () => {
    assert.deepEqual(parseOEmbedTarget(`${BASE}/products/prd_test01`, BASE), { source: 'page', mc: null, product: 'prd_test01', look: 'card', size: null });
    assert.deepEqual(parseOEmbedTarget(`${BASE}/services/svc_test01?cen_mc=test-mom&utm_source=x`, BASE), {
      source: 'page',
      mc: 'test-mom',
      service: 'svc_test01',
      look: 'card',
      size: null,
    });
    assert.equal(parseOEmbedTarget(`${BASE}/products/prd_test01?cen_mc=NOT%20A%20CODE`, BASE)?.mc, null, 'a malformed code is dropped');
    assert.equal(parseOEmbedTarget(`${BASE}/products/svc_test01`, BASE), null, 'a service id is no product');
    assert.equal(parseOEmbedTarget(`${BASE}/partners/pa_alphacoop`, BASE), null);
  });

  test('referral links and badge images', () => {
    assert.deepEqual(parseOEmbedTarget(`${BASE}/r/test-mom?product=prd_test01`, BASE), {
      source: 'link',
      mc: 'test-mom',
      product: 'prd_test01',
      look: 'card',
      size: null,
    });
    assert.deepEqual(parseOEmbedTarget(`${BASE}/badges/test-mom.png?service=svc_test01&look=button&size=s`, BASE), {
      source: 'badge',
      mc: 'test-mom',
      service: 'svc_test01',
      look: 'button',
      size: 's',
    });
    assert.deepEqual(parseOEmbedTarget(`${BASE}/badges/test-mom.svg`, BASE), { source: 'badge', mc: 'test-mom', look: 'compact', size: 'm' });
    assert.equal(parseOEmbedTarget(`${BASE}/badges/test-mom.svg?look=huge`, BASE), null);
    assert.equal(parseOEmbedTarget(`${BASE}/badges/test-mom.gif`, BASE), null);
    assert.equal(parseOEmbedTarget(`${BASE}/r/test-mom?product=nope`, BASE), null);
    assert.equal(parseOEmbedTarget(`${BASE}/r/Bad%ZZ`, BASE), null);
  });

  test('only URLs of this server (origin and path prefix)', () => {
    assert.equal(parseOEmbedTarget('https://evil.example/products/prd_test01', BASE), null);
    assert.equal(parseOEmbedTarget('http://api.thecen.example/products/prd_test01', BASE), null, 'another scheme is another origin');
    assert.equal(parseOEmbedTarget('javascript:alert(1)', BASE), null);
    assert.equal(parseOEmbedTarget('not a url', BASE), null);
    assert.equal(parseOEmbedTarget(`${BASE}/cen/products/prd_test01`, `${BASE}/cen`)?.product, 'prd_test01');
    assert.equal(parseOEmbedTarget(`${BASE}/products/prd_test01`, `${BASE}/cen`), null);
  });

  test('fitEmbed takes the asked size when it fits, else smaller, else a narrower look', () => {
    const card = (size: 's' | 'm' | 'l') => ({ look: 'card', size, ...badgeImageSize('card', size, true) });
    assert.deepEqual(fitEmbed('card', null, true, {}), card('m'));
    assert.deepEqual(fitEmbed('card', 'l', true, {}), card('l'));
    assert.deepEqual(fitEmbed('card', 'l', true, { maxwidth: 350 }), card('m'));
    assert.deepEqual(fitEmbed('card', null, true, { maxheight: 130 }), card('s'));
    const narrow = fitEmbed('card', null, true, { maxwidth: 250 });
    assert.deepEqual(narrow, { look: 'compact', size: 's', ...badgeImageSize('compact', 's', true) });
    assert.deepEqual(fitEmbed('card', null, true, { maxwidth: 210, maxheight: 60 }), { look: 'button', size: 's', ...badgeImageSize('button', 's', true) });
    assert.equal(fitEmbed('card', null, true, { maxwidth: 150 }), null);
  });

  test('embed page and discovery URLs', () => {
    assert.equal(embedPageUrl(`${BASE}/`, { mc: 'test-mom', product: 'prd_test01' }, 'card', 'm'), `${BASE}/embed/badge/test-mom?product=prd_test01&look=card&size=m`);
    assert.equal(embedPageUrl(BASE, { mc: null, service: 'svc_test01' }, 'compact', 's'), `${BASE}/embed/services/svc_test01?look=compact&size=s`);
    assert.equal(
      oembedEndpointUrl(BASE, `${BASE}/products/prd_test01?cen_mc=test-mom`),
      `${BASE}/oembed?url=https%3A%2F%2Fapi.thecen.example%2Fproducts%2Fprd_test01%3Fcen_mc%3Dtest-mom&format=json`,
    );
  });
});
