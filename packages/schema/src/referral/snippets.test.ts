import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REFERRAL_DISCLOSURE } from './referral-params.js';
import { badgeImageSize } from './snippet-urls.js';
import { SnippetInputError, escapeHtml, noScriptSnippet, scriptSnippet } from './snippets.js';

const api = 'https://api.thecen.kr';
const cdnUrl = 'https://cdn.thecen.kr/widgets/1/cen-widgets.js';
const publishableKey = 'pk_test_TheCenDemoCoopSite01';

test('escapeHtml escapes quotes, angle brackets and ampersands', () => {
  assert.equal(escapeHtml(`"><script>alert('x')</script>&amp;`), '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;');
  assert.equal(escapeHtml('햇살맘의 살림 일기'), '햇살맘의 살림 일기');
});

test('scriptSnippet: CDN module with the page configuration, then the badge wrapping the no-JS link and the disclosure', () => {
  const snippet = scriptSnippet({ cdnUrl, api, publishableKey, mc: 'haetsal-mom', product: 'prd_wooriwheat01', look: 'card', size: 'l', linkText: '햇살맘 추천: 우리밀' });
  assert.equal(
    snippet,
    [
      '<script type="module" src="https://cdn.thecen.kr/widgets/1/cen-widgets.js" data-cen-key="pk_test_TheCenDemoCoopSite01" data-cen-api="https://api.thecen.kr"></script>',
      '<cen-mc-badge mc="haetsal-mom" product="prd_wooriwheat01" look="card" size="l">',
      '  <a href="https://api.thecen.kr/r/haetsal-mom?product=prd_wooriwheat01" target="_blank" rel="sponsored noopener">햇살맘 추천: 우리밀</a>',
      `  <p>${REFERRAL_DISCLOSURE.ko}</p>`,
      '</cen-mc-badge>',
    ].join('\n'),
  );
});

test('scriptSnippet: a service, defaults (compact, m, Korean) and the English variant', () => {
  const ko = scriptSnippet({ cdnUrl, api: `${api}/`, publishableKey, mc: 'green-coop', service: 'svc_hanjicraft01' });
  assert.match(ko, /<cen-mc-badge mc="green-coop" service="svc_hanjicraft01" look="compact" size="m">/);
  assert.match(ko, /href="https:\/\/api\.thecen\.kr\/r\/green-coop\?service=svc_hanjicraft01"/);
  assert.match(ko, />추천 상품 보기<\/a>/);
  assert.ok(ko.includes(`<p>${REFERRAL_DISCLOSURE.ko}</p>`));
  const en = scriptSnippet({ cdnUrl, api, publishableKey, mc: 'green-coop', service: 'svc_hanjicraft01', lang: 'en' });
  assert.match(en, / lang="en">/);
  assert.ok(en.includes(`<p>${REFERRAL_DISCLOSURE.en}</p>`));
});

test('scriptSnippet escapes a hostile link text and the URLs', () => {
  const snippet = scriptSnippet({
    cdnUrl: 'https://cdn.example/w.js?v="1"&x=<b>',
    api,
    publishableKey,
    mc: 'haetsal-mom',
    product: 'prd_wooriwheat01',
    linkText: `</a><script>alert("pwn")</script>&'`,
  });
  assert.ok(!snippet.includes('<script>alert'), 'no injected element');
  assert.ok(snippet.includes('&lt;/a&gt;&lt;script&gt;alert(&quot;pwn&quot;)&lt;/script&gt;&amp;&#39;</a>'));
  assert.ok(snippet.includes('src="https://cdn.example/w.js?v=&quot;1&quot;&amp;x=&lt;b&gt;"'), 'the CDN URL escaped as given');
  assert.equal(snippet.match(/<script/g)?.length, 1, 'one script element');
});

test('scriptSnippet never produces a snippet with a secret or malformed key', () => {
  for (const key of ['sk_test_TheCenDemoCoopSite01', 'sk_live_abcdefgh12345678', 'pk_test_short', '', 'pk_test_ab"cdefgh12']) {
    assert.throws(
      () => scriptSnippet({ cdnUrl, api, publishableKey: key, mc: 'haetsal-mom', product: 'prd_wooriwheat01' }),
      (error: unknown) => error instanceof SnippetInputError && error.field === 'publishableKey',
      key,
    );
  }
});

test('scriptSnippet refuses script URLs, bad codes and ids, and both a product and a service', () => {
  const base = { cdnUrl, api, publishableKey, mc: 'haetsal-mom' };
  const cases: [Parameters<typeof scriptSnippet>[0], string][] = [
    [{ ...base, cdnUrl: 'javascript:alert(1)' }, 'cdnUrl'],
    [{ ...base, cdnUrl: '/relative.js' }, 'cdnUrl'],
    [{ ...base, api: 'data:text/html,x' }, 'api'],
    [{ ...base, mc: 'Bad Code"' }, 'mc'],
    [{ ...base, product: 'prd_"><x' }, 'product'],
    [{ ...base, service: 'prd_wooriwheat01' }, 'service'],
    [{ ...base, product: 'prd_wooriwheat01', service: 'svc_hanjicraft01' }, 'service'],
    [{ ...base, look: 'huge' as never }, 'look'],
    [{ ...base, size: 'xl' as never }, 'size'],
  ];
  for (const [options, field] of cases) {
    assert.throws(() => scriptSnippet(options), (error: unknown) => error instanceof SnippetInputError && error.field === field, field);
  }
});

test('noScriptSnippet: image link with the exact URLs and badgeImageSize, then the visible disclosure', () => {
  const snippet = noScriptSnippet({ api, mc: 'haetsal-mom', product: 'prd_wooriwheat01', look: 'card', size: 's', format: 'png', altText: '햇살맘 추천: 우리밀' });
  const { width, height } = badgeImageSize('card', 's', true);
  assert.equal(
    snippet,
    '<a href="https://api.thecen.kr/r/haetsal-mom?product=prd_wooriwheat01" target="_blank" rel="sponsored noopener">' +
      `<img src="https://api.thecen.kr/badges/haetsal-mom.png?product=prd_wooriwheat01&amp;look=card&amp;size=s" width="${width}" height="${height}" alt="햇살맘 추천: 우리밀"></a>\n` +
      `<p>${REFERRAL_DISCLOSURE.ko}</p>`,
  );
});

test('noScriptSnippet: png by default, svg on request, sizes of every look and size', () => {
  for (const look of ['compact', 'button', 'card'] as const) {
    for (const size of ['s', 'm', 'l'] as const) {
      const snippet = noScriptSnippet({ api, mc: 'green-coop', service: 'svc_hanjicraft01', look, size, altText: 'x' });
      const { width, height } = badgeImageSize(look, size, true);
      assert.ok(snippet.includes(` width="${width}" height="${height}" `), `${look} ${size}`);
      assert.ok(snippet.includes('/badges/green-coop.png?service=svc_hanjicraft01'), 'png by default');
    }
  }
  const svg = noScriptSnippet({ api, mc: 'green-coop', altText: 'x', format: 'svg' });
  assert.ok(svg.includes('src="https://api.thecen.kr/badges/green-coop.svg"'), svg);
  const { width, height } = badgeImageSize('compact', 'm', false);
  assert.ok(svg.includes(`width="${width}" height="${height}"`), 'no item: the smaller image');
  assert.ok(svg.includes('href="https://api.thecen.kr/r/green-coop"'));
});

test('noScriptSnippet escapes a hostile alt text and needs one', () => {
  const snippet = noScriptSnippet({ api, mc: 'haetsal-mom', product: 'prd_wooriwheat01', altText: `" onerror="alert(1)" x='<y>&` });
  assert.ok(snippet.includes('alt="&quot; onerror=&quot;alert(1)&quot; x=&#39;&lt;y&gt;&amp;"'));
  assert.ok(!/\sonerror=/.test(snippet.replace(/alt="[^"]*"/, '')), 'no injected attribute');
  assert.throws(() => noScriptSnippet({ api, mc: 'haetsal-mom', altText: '  ' }), (e: unknown) => e instanceof SnippetInputError && e.field === 'altText');
  assert.throws(() => noScriptSnippet({ api, mc: 'haetsal-mom', altText: 'x', format: 'gif' as never }), (e: unknown) => e instanceof SnippetInputError && e.field === 'format');
});

test('both snippets carry a landing page (`to`) through the redirect link and the badge; a non-http(s) one is refused', () => {
  const to = 'https://coop.example/shop/';
  const script = scriptSnippet({ cdnUrl: 'https://cdn.example/cen-widgets.js', api: 'https://api.example', publishableKey: 'pk_test_abcdefgh', mc: 'haetsal-mom', product: 'prd_hanjicraft01', to });
  assert.ok(script.includes(` to="${to}"`), script);
  assert.ok(script.includes('href="https://api.example/r/haetsal-mom?product=prd_hanjicraft01&amp;to=https%3A%2F%2Fcoop.example%2Fshop%2F"'), script);
  const image = noScriptSnippet({ api: 'https://api.example', mc: 'haetsal-mom', product: 'prd_hanjicraft01', altText: 'x', to });
  assert.ok(image.startsWith('<a href="https://api.example/r/haetsal-mom?product=prd_hanjicraft01&amp;to=https%3A%2F%2Fcoop.example%2Fshop%2F"'), image);
  assert.throws(() => noScriptSnippet({ api: 'https://api.example', mc: 'haetsal-mom', altText: 'x', to: 'javascript:alert(1)' }), (e: Error & { field?: string }) => e.field === 'to');
});
