/**
 * The family name of a TrueType / OpenType font (or the first font of a collection), read from
 * its `name` table: the typographic family (name 16) or else the family (name 1), the US-English
 * Windows record preferred. Used to tell the PNG renderer which family a configured font file is.
 */
export function fontFamilyName(font: Uint8Array): string | null {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const inRange = (offset: number, length: number) => offset >= 0 && length >= 0 && offset + length <= font.byteLength;
  if (!inRange(0, 12)) return null;
  let start = 0;
  if (view.getUint32(0) === 0x74746366 /* 'ttcf' */) {
    if (!inRange(12, 4)) return null;
    start = view.getUint32(12);
  }
  if (!inRange(start, 12)) return null;
  const numTables = view.getUint16(start + 4);
  let nameOffset = -1;
  for (let i = 0; i < numTables; i += 1) {
    const record = start + 12 + i * 16;
    if (!inRange(record, 16)) return null;
    if (view.getUint32(record) === 0x6e616d65 /* 'name' */) nameOffset = view.getUint32(record + 8);
  }
  if (nameOffset < 0 || !inRange(nameOffset, 6)) return null;
  const count = view.getUint16(nameOffset + 2);
  const storage = nameOffset + view.getUint16(nameOffset + 4);

  let best: { rank: number; value: string } | null = null;
  for (let i = 0; i < count; i += 1) {
    const record = nameOffset + 6 + i * 12;
    if (!inRange(record, 12)) break;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const language = view.getUint16(record + 4);
    const nameId = view.getUint16(record + 6);
    const length = view.getUint16(record + 8);
    const offset = storage + view.getUint16(record + 10);
    if ((nameId !== 16 && nameId !== 1) || !inRange(offset, length)) continue;
    let value: string;
    let rank: number;
    if (platform === 3 || platform === 0) {
      // UTF-16BE.
      const units: number[] = [];
      for (let p = offset; p + 1 < offset + length; p += 2) units.push(view.getUint16(p));
      value = String.fromCharCode(...units);
      rank = platform === 3 && language === 0x0409 ? 0 : platform === 3 ? 2 : 3;
    } else if (platform === 1 && encoding === 0) {
      value = String.fromCharCode(...font.subarray(offset, offset + length));
      rank = language === 0 ? 1 : 4;
    } else {
      continue;
    }
    // The typographic family outranks the family of the same record kind.
    rank = rank * 2 + (nameId === 16 ? 0 : 1);
    value = value.trim();
    if (value && (!best || rank < best.rank)) best = { rank, value };
  }
  return best?.value ?? null;
}
