import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fontFamilyName } from './font-family-name.js';

interface NameRecord {
  platform: number;
  encoding: number;
  language: number;
  nameId: number;
  value: string;
}

/** A minimal sfnt file with just a `name` table (optionally wrapped in a TrueType collection). */
function fakeFont(records: NameRecord[], collection = false): Uint8Array {
  const strings = records.map((r) =>
    r.platform === 1 ? Buffer.from(r.value, 'latin1') : Buffer.from(r.value, 'utf16le').swap16(),
  );
  const nameTable = Buffer.alloc(6 + records.length * 12 + strings.reduce((n, s) => n + s.length, 0));
  nameTable.writeUInt16BE(0, 0);
  nameTable.writeUInt16BE(records.length, 2);
  nameTable.writeUInt16BE(6 + records.length * 12, 4);
  let offset = 0;
  records.forEach((r, i) => {
    const at = 6 + i * 12;
    nameTable.writeUInt16BE(r.platform, at);
    nameTable.writeUInt16BE(r.encoding, at + 2);
    nameTable.writeUInt16BE(r.language, at + 4);
    nameTable.writeUInt16BE(r.nameId, at + 6);
    nameTable.writeUInt16BE(strings[i]!.length, at + 8);
    nameTable.writeUInt16BE(offset, at + 10);
    strings[i]!.copy(nameTable, 6 + records.length * 12 + offset);
    offset += strings[i]!.length;
  });
  const head = collection ? 16 : 0;
  const sfnt = Buffer.alloc(head + 12 + 16);
  if (collection) {
    sfnt.write('ttcf', 0, 'latin1');
    sfnt.writeUInt32BE(0x00010000, 4);
    sfnt.writeUInt32BE(1, 8);
    sfnt.writeUInt32BE(head, 12);
  }
  sfnt.writeUInt32BE(0x00010000, head);
  sfnt.writeUInt16BE(1, head + 4);
  sfnt.write('name', head + 12, 'latin1');
  sfnt.writeUInt32BE(sfnt.length, head + 12 + 8);
  sfnt.writeUInt32BE(nameTable.length, head + 12 + 12);
  return Buffer.concat([sfnt, nameTable]);
}

describe('font family names', () => {
  test('the US-English Windows family wins over other records; the typographic family over the family', () => {
    const records: NameRecord[] = [
      { platform: 1, encoding: 0, language: 0, nameId: 1, value: 'Mac Family' },
      { platform: 3, encoding: 1, language: 0x0412, nameId: 1, value: '한글 이름' },
      { platform: 3, encoding: 1, language: 0x0409, nameId: 1, value: 'Test Sans' },
    ];
    assert.equal(fontFamilyName(fakeFont(records)), 'Test Sans');
    assert.equal(fontFamilyName(fakeFont([...records, { platform: 3, encoding: 1, language: 0x0409, nameId: 16, value: 'Test Sans Typo' }])), 'Test Sans Typo');
    assert.equal(fontFamilyName(fakeFont(records.slice(0, 1))), 'Mac Family');
    assert.equal(fontFamilyName(fakeFont(records.slice(1, 2))), '한글 이름');
  });

  test('a collection is read from its first font', () => {
    assert.equal(fontFamilyName(fakeFont([{ platform: 3, encoding: 1, language: 0x0409, nameId: 1, value: 'Collected' }], true)), 'Collected');
  });

  test('anything else gives null, never an exception', () => {
    assert.equal(fontFamilyName(new Uint8Array(0)), null);
    assert.equal(fontFamilyName(new TextEncoder().encode('not a font at all, just some text')), null);
    assert.equal(fontFamilyName(fakeFont([])), null);
    assert.equal(fontFamilyName(fakeFont([{ platform: 3, encoding: 1, language: 0x0409, nameId: 1, value: 'Cut' }]).subarray(0, 40)), null);
  });

  const nanum = '/usr/share/fonts/truetype/nanum/NanumGothic.ttf';
  test('Nanum Gothic is NanumGothic', { skip: existsSync(nanum) ? false : 'fonts-nanum is not installed' }, () => {
    assert.equal(fontFamilyName(readFileSync(nanum)), 'NanumGothic');
  });
});
