import { STATEMENT_TOKEN_PATTERN, isId, type IssuedStatementToken } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { signTextToken, verifyTextToken, type SignedTokenKind } from '../secrets/signed-id-token.js';

/** How long a statement token is valid. */
export const STATEMENT_TOKEN_DAYS = 365;

const STATEMENT_TOKEN: SignedTokenKind = { prefix: 'st', pattern: STATEMENT_TOKEN_PATTERN, purpose: 'cen-statement-token:v1:' };

/** Whom a statement token is issued to: an MC by its referral code, or a Content Creator by id. */
export type StatementTokenSubject = { role: 'mc'; mcCode: string } | { role: 'cc'; creatorId: string };

/** The creator a genuine, current statement token names. */
export interface StatementTokenHolder {
  role: 'mc' | 'cc';
  creatorId: string;
}

interface CreatorVersionRow {
  id: string;
  display_name: string;
  statement_token_version: number;
}

const TABLE = { mc: 'market_creators', cc: 'content_creators' } as const;
const ID_KIND = { mc: 'marketCreator', cc: 'contentCreator' } as const;

/**
 * Issues a statement token (`st_…`) to an MC or CC: signed with the server's signing secret, it
 * carries the role, the creator's id, the creator's current token version and an expiry
 * (365 days). With `rotate`, the version is raised first, which revokes every earlier token of
 * that creator. Null for an unknown creator.
 */
export async function issueStatementToken(
  q: Queryable,
  secret: string,
  subject: StatementTokenSubject & { rotate?: boolean | undefined },
  now: Date,
): Promise<IssuedStatementToken | null> {
  const table = TABLE[subject.role];
  const [column, value] = subject.role === 'mc' ? ['code', subject.mcCode] : ['id', subject.creatorId];
  const [row] = subject.rotate
    ? await q.query<CreatorVersionRow>(
        `UPDATE ${table} SET statement_token_version = statement_token_version + 1 WHERE ${column} = $1
         RETURNING id, display_name, statement_token_version`,
        [value],
      )
    : await q.query<CreatorVersionRow>(`SELECT id, display_name, statement_token_version FROM ${table} WHERE ${column} = $1`, [value]);
  if (!row) return null;
  const expiresAt = new Date(Math.floor(now.getTime() / 1000) * 1000 + STATEMENT_TOKEN_DAYS * 86_400_000);
  const text = [subject.role, row.id, row.statement_token_version, expiresAt.getTime() / 1000].join('.');
  return {
    object: 'statement_token',
    role: subject.role,
    creatorId: row.id,
    displayName: row.display_name,
    token: signTextToken(STATEMENT_TOKEN, text, secret),
    expiresAt: expiresAt.toISOString(),
  };
}

/**
 * The MC or CC of a statement token that is genuine, not expired and of the creator's current
 * version; null for anything else (the caller answers 404 without saying why).
 */
export async function verifyStatementToken(q: Queryable, token: string, secret: string, now: Date): Promise<StatementTokenHolder | null> {
  const text = verifyTextToken(STATEMENT_TOKEN, token, secret);
  if (text === null) return null;
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const [role, creatorId, version, expires] = parts as [string, string, string, string];
  if ((role !== 'mc' && role !== 'cc') || !isId(ID_KIND[role], creatorId)) return null;
  if (!/^\d{1,9}$/.test(version) || !/^\d{1,12}$/.test(expires)) return null;
  if (now.getTime() >= Number(expires) * 1000) return null;
  const [row] = await q.query<{ statement_token_version: number }>(`SELECT statement_token_version FROM ${TABLE[role]} WHERE id = $1`, [creatorId]);
  if (!row || row.statement_token_version !== Number(version)) return null;
  return { role, creatorId };
}
