import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { REFERRAL_DISCLOSURE } from '@thecen/schema';
import { clipText, textWidth, wrapText } from './badge-text-layout.js';

describe('badge text layout', () => {
  test('Hangul counts a full em, Latin less, spaces little', () => {
    assert.equal(textWidth('추천', 10), 20);
    assert.ok(textWidth('abc', 10) < textWidth('가나다', 10));
    assert.ok(textWidth(' ', 10) < 4);
    assert.ok(textWidth('추천', 10, true) > textWidth('추천', 10));
  });

  test('clipText keeps text that fits and ends cut text with an ellipsis inside the width', () => {
    assert.equal(clipText('테스트맘', 100, 10), '테스트맘');
    const clipped = clipText('아주 긴 이름의 상품 제목입니다', 60, 10);
    assert.match(clipped, /…$/);
    assert.ok(textWidth(clipped, 10) <= 60, clipped);
    assert.ok(clipped.length > 2);
  });

  test('wrapText breaks at spaces, keeps every word, and never exceeds the width', () => {
    const lines = wrapText(REFERRAL_DISCLOSURE.ko, 272, 10, 2);
    assert.equal(lines.length, 2);
    assert.equal(lines.join(' '), REFERRAL_DISCLOSURE.ko, 'the whole disclosure, word for word');
    for (const line of lines) assert.ok(textWidth(line, 10) <= 272, line);
    assert.deepEqual(wrapText(REFERRAL_DISCLOSURE.ko, 1000, 10, 2), [REFERRAL_DISCLOSURE.ko]);
  });

  test('wrapText cuts what does not fit in the last line, and cuts a word wider than a line', () => {
    const lines = wrapText('하나 둘 셋 넷 다섯 여섯 일곱 여덟', 40, 10, 2);
    assert.equal(lines.length, 2);
    assert.equal(lines[0], '하나 둘');
    assert.match(lines[1]!, /…$/);
    for (const line of lines) assert.ok(textWidth(line, 10) <= 40, line);
    const long = wrapText('가나다라마바사아자차카타파하 끝', 50, 10, 2);
    assert.match(long[0]!, /^가나다.*…$/);
    assert.ok(textWidth(long[0]!, 10) <= 50);
    assert.deepEqual(wrapText('', 50, 10, 2), []);
  });
});
