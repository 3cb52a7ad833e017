import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { BADGE_LOOKS, BADGE_SIZES, REFERRAL_DISCLOSURE, badgeImageSize } from '@thecen/schema';
import { badgeLabel, renderBadgeSvg, type BadgeContent } from './badge-image.js';

const product: BadgeContent = {
  mcName: '테스트맘',
  item: { kind: 'product', title: '우리밀 통밀 크래커', priceLabel: '6,000원', imageDataUri: null },
};
const service: BadgeContent = {
  mcName: '테스트맘',
  item: { kind: 'service', title: '방문 돌봄', priceLabel: '50,000원부터', imageDataUri: null },
};
const alone: BadgeContent = { mcName: '테스트맘', item: null };

/** The visible text of an SVG: every `<text>` element's content, unescaped, in order. */
function visibleText(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}

function sizeOf(svg: string): { width: number; height: number } {
  const match = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  assert.ok(match, svg.slice(0, 200));
  return { width: Number(match[1]), height: Number(match[2]) };
}

describe('badge images', () => {
  for (const look of BADGE_LOOKS) {
    test(`the ${look} look is exactly badgeImageSize at every size and shows the name and the full disclosure`, () => {
      for (const size of BADGE_SIZES) {
        for (const content of [product, service, alone]) {
          const svg = renderBadgeSvg(content, look, size);
          assert.deepEqual(sizeOf(svg), badgeImageSize(look, size, content.item !== null), `${look} ${size}`);
          const lines = visibleText(svg);
          assert.ok(lines.some((line) => line.includes('테스트맘')), `${look} ${size}: MC name visible`);
          const disclosure = REFERRAL_DISCLOSURE.ko.split(' ');
          const joined = lines.join(' ');
          assert.ok(joined.includes(disclosure.join(' ')), `${look} ${size}: the disclosure in visible text: ${joined}`);
        }
      }
    });
  }

  test('compact and card show the title and price; a service priced "from" says so', () => {
    for (const look of ['compact', 'card'] as const) {
      const text = visibleText(renderBadgeSvg(service, look, 'm')).join(' ');
      assert.ok(text.includes('방문 돌봄'), text);
      assert.ok(text.includes('50,000원부터'), text);
      assert.ok(visibleText(renderBadgeSvg(product, look, 'm')).join(' ').includes('6,000원'));
    }
    assert.ok(visibleText(renderBadgeSvg(service, 'button', 'm')).join(' ').includes('방문 돌봄'));
  });

  test('partner and MC text is XML-escaped everywhere, also in the label', () => {
    const evil: BadgeContent = {
      mcName: '<script>alert(1)</script>&"\'',
      item: { kind: 'product', title: '</text><image href="x"/>', priceLabel: '1원', imageDataUri: null },
    };
    for (const look of BADGE_LOOKS) {
      const svg = renderBadgeSvg(evil, look, 'l');
      assert.doesNotMatch(svg, /<script|<image href="x"|<\/text><image/);
      assert.match(svg, /&lt;script&gt;/);
      assert.ok(visibleText(svg).some((line) => line.includes('<script>')), 'the name is shown as text');
    }
  });

  test('the label names the MC, the item and the disclosure; a picture is drawn only from a data URI', () => {
    assert.equal(badgeLabel(service), `테스트맘 추천: 방문 돌봄, 50,000원부터. ${REFERRAL_DISCLOSURE.ko}`);
    assert.equal(badgeLabel(alone), `테스트맘 추천. ${REFERRAL_DISCLOSURE.ko}`);
    const withPicture = renderBadgeSvg({ ...product, item: { ...product.item!, imageDataUri: 'data:image/svg+xml;base64,PHN2Zy8+' } }, 'card', 'm');
    assert.match(withPicture, /<image [^>]*href="data:image\/svg\+xml;base64,PHN2Zy8\+"/);
    assert.doesNotMatch(renderBadgeSvg(product, 'card', 'm'), /<image/);
  });
});
