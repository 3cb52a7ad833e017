-- Referrals (issue 5, ADR 006): Market Creators with public referral codes, Content Creators and
-- their content items, referral clicks (deduplicated, rate-limited, bots ignored), commission
-- rules per channel, and the commission ledger (pending → payable, reversals on refunds). Orders
-- keep the referral they were placed with. Money is integer won (bigint).

CREATE TABLE market_creators (
  id text COLLATE "C" PRIMARY KEY,
  code text COLLATE "C" NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('corporate', 'individual', 'public_interest', 'celebrity')),
  display_name text NOT NULL,
  avatar jsonb,
  introduction text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
  -- Set when a partner acts as a corporate MC: it never earns on its own products.
  partner_id text COLLATE "C" REFERENCES partners (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE content_creators (
  id text COLLATE "C" PRIMARY KEY,
  display_name text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE content_items (
  id text COLLATE "C" PRIMARY KEY,
  creator_id text COLLATE "C" NOT NULL REFERENCES content_creators (id),
  kind text NOT NULL CHECK (kind IN ('blog_post', 'video', 'article')),
  title text NOT NULL,
  url text NOT NULL,
  product_ids text[] COLLATE "C" NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX content_items_creator_idx ON content_items (creator_id);

-- Every click seen, counted or not (with the reason it was not). The visitor id is stored only as
-- a SHA-256 hash; the user agent only as a class ('browser' or 'bot').
CREATE TABLE referral_clicks (
  id text COLLATE "C" PRIMARY KEY,
  mc_id text COLLATE "C" REFERENCES market_creators (id),
  content_id text COLLATE "C" REFERENCES content_items (id),
  product_id text COLLATE "C",
  visitor_hash text COLLATE "C" NOT NULL,
  user_agent_class text NOT NULL CHECK (user_agent_class IN ('browser', 'bot')),
  created_at timestamptz NOT NULL,
  counted boolean NOT NULL,
  reason text CHECK (reason IN ('unknown_referrer', 'inactive', 'duplicate', 'rate_limited', 'bot')),
  CHECK (counted = (reason IS NULL))
);
CREATE INDEX referral_clicks_visitor_idx ON referral_clicks (visitor_hash, mc_id, created_at DESC);
CREATE INDEX referral_clicks_mc_idx ON referral_clicks (mc_id, created_at);

-- Commission as data, per channel: the most specific rule wins (product → partner → default).
CREATE TABLE commission_rules (
  channel_id text COLLATE "C" NOT NULL REFERENCES channels (id),
  role text NOT NULL CHECK (role IN ('mc', 'cc')),
  scope text NOT NULL CHECK (scope IN ('product', 'partner', 'default')),
  -- Product id for 'product', partner id for 'partner', '' for 'default'.
  target_id text COLLATE "C" NOT NULL DEFAULT '',
  rate_bps integer NOT NULL CHECK (rate_bps BETWEEN 0 AND 10000),
  PRIMARY KEY (channel_id, role, scope, target_id),
  CHECK ((scope = 'default') = (target_id = ''))
);

-- The channel's attribution window (KOREA.md: numbers as data).
ALTER TABLE channel_checkout_settings ADD COLUMN referral_window_days integer NOT NULL DEFAULT 30
  CHECK (referral_window_days BETWEEN 1 AND 365);

ALTER TABLE orders
  ADD COLUMN referral_mc_id text COLLATE "C" REFERENCES market_creators (id),
  ADD COLUMN referral_content_id text COLLATE "C" REFERENCES content_items (id),
  ADD COLUMN referral_click_id text COLLATE "C" REFERENCES referral_clicks (id),
  ADD COLUMN referral_captured_at timestamptz;
CREATE INDEX orders_referral_mc_idx ON orders (referral_mc_id) WHERE referral_mc_id IS NOT NULL;

-- Earned commission (positive, 'pending' until the withdrawal period and delivery are over) and
-- reversals (negative, 'reversed'); an order's entries per role always sum to the commission of
-- its lines net of refunds.
CREATE TABLE commission_ledger (
  id text COLLATE "C" PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('mc', 'cc')),
  -- The MC's id for 'mc', the content creator's id for 'cc'.
  creator_id text COLLATE "C" NOT NULL,
  order_id text COLLATE "C" NOT NULL REFERENCES orders (id),
  base bigint NOT NULL CHECK (base >= 0),
  rate_bps integer NOT NULL CHECK (rate_bps BETWEEN 0 AND 10000),
  amount bigint NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'payable', 'reversed')),
  created_at timestamptz NOT NULL,
  payable_at timestamptz,
  CHECK ((status = 'reversed') = (amount < 0))
);
CREATE INDEX commission_ledger_creator_idx ON commission_ledger (role, creator_id, created_at);
CREATE INDEX commission_ledger_order_idx ON commission_ledger (order_id);
