// The example MC blog post carries exactly what the snippet builder's functions produce (the same
// ones `<cen-snippet-builder>` copies), so the example never drifts from what MCs get.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { REFERRAL_DISCLOSURE, noScriptSnippet, scriptSnippet } from '@thecen/schema';
import { EXAMPLE_API_ORIGIN, EXAMPLE_SITE_ORIGIN } from '../scripts/example-site-server.js';

const post = readFileSync(new URL('../examples/mc-blog/index.html', import.meta.url), 'utf8');
const common = { api: EXAMPLE_API_ORIGIN, mc: 'haetsal-mom', to: `${EXAMPLE_SITE_ORIGIN}/` };
const cdnUrl = `${EXAMPLE_API_ORIGIN}/cdn/cen-mc-badge.js`; // the badge-only bundle
const publishableKey = 'pk_test_TheCenDemoCoopSite01';
const recommendations = [
  { product: 'prd_hanjicraft01', look: 'card', title: '한지 조명 스탠드' },
  { product: 'prd_soyplea01', look: 'compact', title: '소이 캔들' },
  { product: 'prd_betterwaffle01', look: 'button', title: '우리밀 냉동 와플' },
] as const;

test('the post has the script tag of the script snippet once, in its head', () => {
  const [scriptTag] = scriptSnippet({ ...common, cdnUrl, publishableKey, product: 'prd_hanjicraft01' }).split('\n');
  const head = post.slice(0, post.indexOf('</head>'));
  assert.ok(head.includes(scriptTag!), scriptTag);
  assert.equal(post.split(cdnUrl).length - 1, 1, 'one script tag for the whole post');
});

test('every recommendation is the builder’s script snippet badge, word for word', () => {
  for (const r of recommendations) {
    const badge = scriptSnippet({ ...common, cdnUrl, publishableKey, product: r.product, look: r.look, linkText: `해살맘 추천: ${r.title}` })
      .split('\n')
      .slice(1)
      .join('\n');
    assert.ok(post.includes(badge), `the ${r.title} badge as the builder makes it:\n${badge}`);
  }
});

test('the no-JavaScript snippet next to the first badge is the builder’s, word for word', () => {
  const snippet = noScriptSnippet({ ...common, product: 'prd_hanjicraft01', look: 'card', altText: '해살맘 추천: 한지 조명 스탠드' });
  assert.ok(post.includes(snippet), snippet);
});

test('the post says it is an advertisement in its title and first lines, in Korean', () => {
  assert.match(post, /<title>\[광고\]/);
  assert.match(post, /<h1>\[광고\]/);
  assert.ok(post.indexOf('판매 수수료를 받습니다') < post.indexOf('<h2>'), 'disclosed before the first recommendation');
  assert.ok(post.split(REFERRAL_DISCLOSURE.ko).length - 1 >= 4, 'and next to every link');
});
