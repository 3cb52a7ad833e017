import { createHash } from 'node:crypto';
import type { ClickRecorded } from '@thecen/schema';
import type { Database } from '../db/database.js';
import { newId } from '../orders/new-id.js';
import { clientAddressHash } from './client-address.js';

/** The same visitor and referrer within this time count once. */
export const CLICK_DEDUPE_MINUTES = 30;
/** At most this many clicks of one visitor for one referrer are looked at per hour. */
export const CLICK_RATE_LIMIT_PER_HOUR = 20;
/**
 * At most this many clicks (counted or not) from one network address are looked at per hour,
 * whatever visitor ids and referrers they carry: a script that makes up visitor ids gets no
 * further. Generous, because many people can share one address (offices, schools, mobile NAT).
 */
export const CLICK_ADDRESS_LIMIT_PER_HOUR = 120;

/** Crawlers, link previews and HTTP tools: their clicks are recorded but never counted. */
const BOT_USER_AGENT =
  /bot\b|crawl|spider|slurp|facebookexternalhit|embedly|preview|headless|lighthouse|curl\/|wget\/|python-requests|httpclient|okhttp|go-http-client|node-fetch|axios\/|yeti|daum(oa)?\b/i;

export function userAgentClass(userAgent: string | undefined): 'browser' | 'bot' {
  return !userAgent || BOT_USER_AGENT.test(userAgent) ? 'bot' : 'browser';
}

export interface ClickInput {
  mcCode?: string | undefined;
  contentId?: string | undefined;
  productId?: string | undefined;
  serviceId?: string | undefined;
  /** The client's network address (see `clientAddressOf`); stored only as a keyed hash. */
  clientAddress?: string | undefined;
  /** First-party visitor id (kept only as a hash). */
  visitorId: string;
  userAgent: string | undefined;
  now: Date;
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Records a referral click: counted unless the MC (or content) is unknown or suspended, the
 * user agent is a bot, or the same visitor clicked the same referrer within 30 minutes
 * (`duplicate`: the first click's id is returned). Past the hourly limit per visitor and referrer,
 * or per network address, nothing more is stored (`rate_limited`).
 */
export async function recordClick(db: Database, input: ClickInput): Promise<ClickRecorded> {
  const visitorHash = hashOf(`cen-visitor:${input.visitorId}`);
  const uaClass = userAgentClass(input.userAgent);
  const ipHash = input.clientAddress ? await clientAddressHash(db, input.clientAddress) : null;
  return db.transaction(async (tx) => {
    const [mc] = input.mcCode
      ? await tx.query<{ id: string; status: string }>('SELECT id, status FROM market_creators WHERE code = $1', [input.mcCode])
      : [];
    const [content] = input.contentId
      ? await tx.query<{ id: string; status: string }>(
          `SELECT ci.id, cc.status FROM content_items ci JOIN content_creators cc ON cc.id = ci.creator_id WHERE ci.id = $1`,
          [input.contentId],
        )
      : [];
    const mcId = mc?.id ?? null;
    const contentId = content?.id ?? null;
    const answer = (clickId: string | null, reason: ClickRecorded['reason']): ClickRecorded => ({
      object: 'referral_click',
      clickId,
      counted: reason === null,
      reason,
    });
    const insert = async (reason: ClickRecorded['reason']) => {
      const id = newId('click');
      await tx.query(
        `INSERT INTO referral_clicks
           (id, mc_id, content_id, product_id, service_id, visitor_hash, ip_hash, user_agent_class, created_at, counted, reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [id, mcId, contentId, input.productId ?? null, input.serviceId ?? null, visitorHash, ipHash, uaClass, input.now, reason === null, reason],
      );
      return id;
    };

    if ((input.mcCode && !mc) || (input.contentId && !content) || (!mc && !content)) {
      return answer(null, 'unknown_referrer');
    }
    const hourAgo = new Date(input.now.getTime() - 3_600_000);
    if (ipHash) {
      // One address at a time (always taken before the visitor's lock, so the two never deadlock).
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ip:${ipHash}`]);
      const [fromAddress] = await tx.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM referral_clicks WHERE ip_hash = $1 AND created_at > $2',
        [ipHash, hourAgo],
      );
      if ((fromAddress?.n ?? 0) >= CLICK_ADDRESS_LIMIT_PER_HOUR) return answer(null, 'rate_limited');
    }
    // One visitor and referrer at a time: two clicks at once cannot both count.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${visitorHash}:${mcId}:${contentId}`]);
    const sameReferrer = 'visitor_hash = $1 AND mc_id IS NOT DISTINCT FROM $2 AND content_id IS NOT DISTINCT FROM $3';
    const [recent] = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM referral_clicks WHERE ${sameReferrer} AND created_at > $4`,
      [visitorHash, mcId, contentId, hourAgo],
    );
    if ((recent?.n ?? 0) >= CLICK_RATE_LIMIT_PER_HOUR) return answer(null, 'rate_limited');
    if (uaClass === 'bot') return answer(await insert('bot'), 'bot');
    if ((mc && mc.status !== 'active') || (content && content.status !== 'active')) return answer(await insert('inactive'), 'inactive');
    const [first] = await tx.query<{ id: string }>(
      `SELECT id FROM referral_clicks WHERE ${sameReferrer} AND counted AND created_at > $4 ORDER BY created_at DESC LIMIT 1`,
      [visitorHash, mcId, contentId, new Date(input.now.getTime() - CLICK_DEDUPE_MINUTES * 60_000)],
    );
    if (first) {
      await insert('duplicate');
      return answer(first.id, 'duplicate');
    }
    return answer(await insert(null), null);
  });
}
