import { DEMO_CHANNEL } from '@thecen/mocks/fixtures';
import type { Database } from '../db/database.js';

/**
 * Demo referrals: Market Creators of every kind (a partner acting as a corporate MC included), a
 * Content Creator with content items, and the demo channel's commission rules (mall default 5%
 * MC / 3% CC, one partner-level and one product-level rule). Idempotent: existing rows stay.
 */
export async function seedDemoReferrals(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    const [channel] = await tx.query('SELECT id FROM channels WHERE id = $1 FOR UPDATE', [DEMO_CHANNEL.id]);
    if (!channel) return;
    const [partner] = await tx.query<{ id: string }>(`SELECT id FROM partners WHERE id = 'pa_wooriwheat'`);
    const [product] = await tx.query<{ id: string }>(`SELECT id FROM products WHERE status = 'active' ORDER BY id LIMIT 1`);
    await tx.query(
      `INSERT INTO market_creators (id, code, kind, display_name, avatar, introduction, status, partner_id) VALUES
         ('mc_haetsalmom01', 'haetsal-mom', 'individual', '해살맘', NULL, '두 아이와 함께 쓰고 먹어 본 동네 협동조합 물건만 골라 소개해요.', 'active', NULL),
         ('mc_wooricorp01', 'woori-wheat', 'corporate', '우리밀협동조합', NULL, '우리 조합이 함께 추천하는 이웃 사회적경제 기업의 상품입니다.', 'active', $1),
         ('mc_greenfund01', 'green-fund', 'public_interest', '초록나눔재단', NULL, '추천 수수료는 마을 돌봄 기금으로 쓰입니다.', 'active', NULL),
         ('mc_starchef001', 'chef-minjun', 'celebrity', '셰프 민준', NULL, '방송에서 소개한 착한 식재료를 모았습니다.', 'active', NULL)
       ON CONFLICT (id) DO NOTHING`,
      [partner?.id ?? null],
    );
    await tx.query(`INSERT INTO content_creators (id, display_name) VALUES ('cc_forestblog1', '숲속 살림 블로그') ON CONFLICT (id) DO NOTHING`);
    await tx.query(
      `INSERT INTO content_items (id, creator_id, kind, title, url, product_ids) VALUES
         ('cnt_forestblog01', 'cc_forestblog1', 'blog_post', '우리밀로 만든 간식 한 달 후기', 'https://blog.example.kr/forest/wheat-snacks', $1::text[]),
         ('cnt_forestvideo1', 'cc_forestblog1', 'video', '한지 공예 체험 브이로그', 'https://video.example.kr/forest/hanji', '{}')
       ON CONFLICT (id) DO NOTHING`,
      [product ? [product.id] : []],
    );
    // The demo co-op site is 우리밀협동조합's own: its key carries its corporate MC identity, so the
    // neighbours' products it shows earn it a commission (its own products never do).
    if (partner) {
      await tx.query('UPDATE channels SET market_creator_id = $2 WHERE id = $1 AND market_creator_id IS NULL', [DEMO_CHANNEL.id, 'mc_wooricorp01']);
    }
    const rules: [string, string, string, number][] = [
      ['mc', 'default', '', 500],
      ['cc', 'default', '', 300],
      ...(partner ? [['mc', 'partner', partner.id, 700] as [string, string, string, number]] : []),
      ...(product ? [['mc', 'product', product.id, 1000] as [string, string, string, number]] : []),
    ];
    for (const [role, scope, target, rate] of rules) {
      await tx.query(
        `INSERT INTO commission_rules (channel_id, role, scope, target_id, rate_bps) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [DEMO_CHANNEL.id, role, scope, target, rate],
      );
    }
  });
}
