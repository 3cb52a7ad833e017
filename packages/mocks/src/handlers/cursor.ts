/**
 * Opaque list cursors: the sort and the sort key and id of the last item of the page, as
 * base64url JSON. Keyset positions keep pages stable when items are added between requests.
 */

export type SortKey = string | number | null;

export interface CursorPosition {
  sort: string;
  key: SortKey;
  id: string;
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeCursor(position: CursorPosition): string {
  return toBase64Url(JSON.stringify({ s: position.sort, k: position.key, i: position.id }));
}

/** The position a cursor encodes, or null when it is not one of ours. */
export function decodeCursor(cursor: string): CursorPosition | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(cursor));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { s, k, i } = value as Record<string, unknown>;
  if (typeof s !== 'string' || typeof i !== 'string') return null;
  if (!(k === null || typeof k === 'string' || (typeof k === 'number' && Number.isFinite(k)))) return null;
  return { sort: s, key: k, id: i };
}
