import { isId, type IdKind } from '@thecen/schema';

/** The type of the sort key a cursor carries. */
export type CursorKeyType = 'timestamp' | 'number' | 'text';

export interface CursorPosition {
  /** The sort the cursor was made for (`newest`, `price_asc`, …, or `name` for partners). */
  sort: string;
  /** The sort key of the last item of the page: ISO timestamp, integer or text. */
  key: string | number;
  /** The id of the last item of the page (the tie-break). */
  id: string;
}

/** An opaque cursor: base64url of `[sort, key, id]`. */
export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.sort, position.key, position.id]), 'utf8').toString('base64url');
}

export class InvalidCursorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidCursorError';
  }
}

const MAX_TEXT_KEY_LENGTH = 400;

function validKey(key: unknown, type: CursorKeyType): key is string | number {
  switch (type) {
    case 'number':
      return typeof key === 'number' && Number.isSafeInteger(key);
    case 'timestamp':
      return typeof key === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(key) && !Number.isNaN(Date.parse(key));
    case 'text':
      return typeof key === 'string' && key.length <= MAX_TEXT_KEY_LENGTH;
  }
}

/**
 * Reads a cursor made by `encodeCursor` for the same sort and kind of item. Throws
 * `InvalidCursorError` (a 400 at `query.cursor`) for anything else.
 */
export function decodeCursor(raw: string, expected: { sort: string; keyType: CursorKeyType; idKind: IdKind }): CursorPosition {
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) throw new InvalidCursorError('is not a cursor from this API');
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('is not a cursor from this API');
  }
  if (!Array.isArray(value) || value.length !== 3) throw new InvalidCursorError('is not a cursor from this API');
  const [sort, key, id] = value as unknown[];
  if (typeof sort !== 'string' || !/^[a-z_]{1,20}$/.test(sort)) throw new InvalidCursorError('is not a cursor from this API');
  if (sort !== expected.sort) {
    throw new InvalidCursorError(`was made for the sort order "${sort}"; start again without a cursor`);
  }
  if (!validKey(key, expected.keyType) || typeof id !== 'string' || !isId(expected.idKind, id)) {
    throw new InvalidCursorError('is not a cursor from this API');
  }
  return { sort, key, id };
}
