import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Partner } from '@thecen/schema';
import { escapeHtml, html, trustedHtml } from './html.js';
import { sellerIdentity } from './seller-identity.js';

test('html`` escapes every value except trusted HTML', () => {
  const evil = `<img src=x onerror="alert('x')">&`;
  assert.equal(html`<p title="${evil}">${evil}</p>`.value, `<p title="${escapeHtml(evil)}">${escapeHtml(evil)}</p>`);
  assert.equal(escapeHtml(`<>&"'`), '&lt;&gt;&amp;&quot;&#39;');
  assert.equal(html`${['<a>', html`<b>`, null, false, undefined, 0]}`.value, '&lt;a&gt;<b>0');
  assert.equal(html`${trustedHtml('<em>ok</em>')}`.value, '<em>ok</em>');
});

test('the seller identity shows every legal field, formatted and escaped', () => {
  const partner: Partner = {
    id: 'pa_test',
    object: 'partner',
    name: '<상호> & co',
    organisationType: 'cooperative',
    businessNumber: '1248100998',
    mailOrder: { status: 'reported', number: '2024-서울-"1"', office: '마포구청' },
    representative: '홍길동',
    address: { postalCode: '04001', road: '서울특별시 마포구 성미산로 1', detail: '<2층>' },
    phone: '0212345678',
    email: 'a@b.example',
    membershipGrade: 'basic',
    status: 'active',
    logo: null,
    story: '',
    createdAt: '2025-01-01T00:00:00Z',
  };
  const out = sellerIdentity(partner).value;
  assert.match(out, /상호<\/dt><dd>&lt;상호&gt; &amp; co<\/dd>/);
  assert.match(out, /대표자<\/dt><dd>홍길동<\/dd>/);
  assert.match(out, /124-81-00998/);
  assert.match(out, /bizCommPop\.do\?wrkr_no=1248100998/);
  assert.match(out, /2024-서울-&quot;1&quot; \(마포구청\)/);
  assert.match(out, /\(04001\) 서울특별시 마포구 성미산로 1 &lt;2층&gt;/);
  assert.match(out, /02-1234-5678/);
  assert.doesNotMatch(out, /<상호>|<2층>/);
});
