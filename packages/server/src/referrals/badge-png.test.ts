import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { badgeImageSize } from '@thecen/schema';
import { darkPixels, decodePng, hasPngSignature, pngSize } from '../testing/png-reader.js';
import { renderBadgeSvg, type BadgeContent } from './badge-image.js';
import { BADGE_PNG_SCALE, NANUM_FONT_DIR, createBadgePngRenderer, findBadgeFonts } from './badge-png.js';

const content: BadgeContent = {
  mcName: '테스트맘',
  item: { kind: 'service', title: '방문 돌봄', priceLabel: '50,000원부터', imageDataUri: null },
};

describe('PNG badges', () => {
  const fonts = findBadgeFonts({});
  const renderer = createBadgePngRenderer(fonts, { cacheEntries: 3 });
  const empty = mkdtempSync(join(tmpdir(), 'cen-no-fonts-'));
  after(() => rmSync(empty, { recursive: true, force: true }));

  test('a Korean font is found (Debian fonts-nanum, or CEN_BADGE_FONT_FILE)', () => {
    assert.equal(fonts.problem, null, `${fonts.problem}: .ci/run installs fonts-nanum`);
    assert.equal(fonts.family, 'NanumGothic');
    assert.match(renderer.fontFamily, /^'NanumGothic', /);
  });

  test('CEN_BADGE_FONT_FILE comes first and names the family; a bad one is reported', () => {
    const configured = findBadgeFonts({ CEN_BADGE_FONT_FILE: `${NANUM_FONT_DIR}/NanumBarunGothic.ttf` });
    assert.equal(configured.family, 'NanumBarunGothic');
    assert.equal(configured.files[0], `${NANUM_FONT_DIR}/NanumBarunGothic.ttf`);
    const missing = findBadgeFonts({ CEN_BADGE_FONT_FILE: join(empty, 'nope.ttf') }, empty);
    assert.equal(missing.family, null);
    assert.deepEqual(missing.files, []);
    assert.match(missing.problem!, /CEN_BADGE_FONT_FILE .* cannot be read; no Korean font in/);
  });

  for (const look of ['compact', 'button', 'card'] as const) {
    test(`the ${look} PNG is the SVG at ${BADGE_PNG_SCALE}x its size, with text drawn in the text area`, async () => {
      const svg = renderBadgeSvg(content, look, 'm', { fontFamily: renderer.fontFamily });
      const bytes = await renderer.render(svg);
      assert.ok(hasPngSignature(bytes));
      const box = badgeImageSize(look, 'm', true);
      assert.deepEqual(pngSize(bytes), { width: box.width * BADGE_PNG_SCALE, height: box.height * BADGE_PNG_SCALE });
      const png = decodePng(bytes);
      // The disclosure's first line: left part of the last quarter of the badge (the button is
      // dark with light text, so there we count light pixels by inverting).
      const s = BADGE_PNG_SCALE;
      const disclosure = look === 'compact' ? { y: 58, h: 12 } : look === 'button' ? { y: 33, h: 12 } : { y: 117, h: 12 };
      const area = { x: 14 * s, y: disclosure.y * s, width: 150 * s, height: disclosure.h * s };
      const inked = look === 'button' ? area.width * area.height - darkPixels(png, area, 200) : darkPixels(png, area);
      assert.ok(inked > 200, `text pixels in the disclosure line of ${look}: ${inked}`);
    });
  }

  test('Hangul glyphs are drawn (not dropped for lack of a font)', async () => {
    const hangul = await renderer.render(
      `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#fff"/>` +
        `<text x="10" y="28" font-size="20" font-family="${renderer.fontFamily.replace(/'/g, '&apos;')}" fill="#000">추천인</text></svg>`,
    );
    const png = decodePng(hangul);
    assert.ok(darkPixels(png, { x: 0, y: 0, width: png.width, height: png.height }) > 300);
  });

  test('the same SVG is rasterised once (LRU cache), and the oldest entry leaves first', async () => {
    const svgs = ['s', 'm', 'l', 's'].map((size) => renderBadgeSvg(content, 'compact', size as 's', { fontFamily: renderer.fontFamily }));
    const first = await renderer.render(svgs[0]!);
    assert.equal(await renderer.render(svgs[0]!), first, 'the cached buffer');
    await renderer.render(svgs[1]!);
    await renderer.render(svgs[2]!);
    assert.ok(renderer.cached <= 3);
    await renderer.render(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>`);
    await renderer.render(`<svg xmlns="http://www.w3.org/2000/svg" width="11" height="10"/>`);
    assert.notEqual(await renderer.render(svgs[0]!), first, 'evicted, drawn again');
    assert.equal(renderer.cached, 3);
  });

  test('a broken SVG rejects and is not cached', async () => {
    await assert.rejects(renderer.render('<svg'));
    await assert.rejects(renderer.render('<svg'));
  });
});
