import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sanitizeDescriptionHtml } from './sanitize-description-html.js';

test('keeps the allowed text tags and drops every attribute', () => {
  const html = '<p class="x" style="color:red">a<br>b</p><strong>s</strong><em>e</em><b>b</b><i>i</i><ul><li>1</li></ul><ol><li>2</li></ol><h3 id="h">h3</h3><h4>h4</h4><blockquote cite="x">q</blockquote>';
  assert.equal(
    sanitizeDescriptionHtml(html),
    '<p>a<br />b</p><strong>s</strong><em>e</em><b>b</b><i>i</i><ul><li>1</li></ul><ol><li>2</li></ol><h3>h3</h3><h4>h4</h4><blockquote>q</blockquote>',
  );
});

test('removes scripts, styles, frames, images, forms and event handlers with their content', () => {
  const html = '<p onmouseover="x()">t</p><script>alert(1)</script><style>p{}</style><iframe src="https://e.example"></iframe><img src=x onerror=alert(1)><form><input></form><svg><script>1</script></svg><h1>big</h1><table><tr><td>cell</td></tr></table>';
  const clean = sanitizeDescriptionHtml(html);
  assert.doesNotMatch(clean, /script|style|iframe|img|onerror|onmouseover|form|input|svg|<h1|<table|alert/);
  assert.match(clean, /^<p>t<\/p>/);
  assert.match(clean, /big/);
  assert.match(clean, /cell/);
});

test('links keep http(s) and mailto targets, get rel="noopener noreferrer", lose everything else', () => {
  assert.equal(
    sanitizeDescriptionHtml('<a href="https://a.example/x?y=1&amp;z=2" target="_blank" rel="opener" onclick="x()">a</a>'),
    '<a href="https://a.example/x?y=1&amp;z=2" rel="noopener noreferrer">a</a>',
  );
  assert.equal(sanitizeDescriptionHtml('<a href="mailto:hi@example.kr">m</a>'), '<a href="mailto:hi@example.kr" rel="noopener noreferrer">m</a>');
  for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,x', '//evil.example/x', 'vbscript:x', '/relative']) {
    assert.equal(sanitizeDescriptionHtml(`<a href="${href}">x</a>`), '<a>x</a>', href);
  }
});

test('text is escaped, not interpreted', () => {
  assert.equal(sanitizeDescriptionHtml('1 < 2 & "3"'), '1 &lt; 2 &amp; "3"');
});
