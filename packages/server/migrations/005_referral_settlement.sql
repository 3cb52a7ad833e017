-- Referral settlement (issue 5, ADR 006): fulfilment of sub-orders (shipped / delivered, from which
-- the withdrawal period runs), referrals carried by bookings (holds and inquiries), commission
-- rates locked per order line when the order is paid, statement tokens that can be rotated, and
-- click limits per network address and per service.

ALTER TABLE sub_orders
  ADD COLUMN carrier text,
  ADD COLUMN tracking_number text,
  ADD COLUMN shipped_at timestamptz,
  ADD COLUMN delivered_at timestamptz;

ALTER TABLE bookings
  ADD COLUMN referral_mc_id text COLLATE "C" REFERENCES market_creators (id),
  ADD COLUMN referral_content_id text COLLATE "C" REFERENCES content_items (id),
  ADD COLUMN referral_click_id text COLLATE "C" REFERENCES referral_clicks (id),
  ADD COLUMN referral_captured_at timestamptz;

-- The rate each attributed line earns, fixed when the order is first paid: later rule changes
-- never change what a paid order earns, nor what its refunds take back.
CREATE TABLE commission_line_rates (
  order_line_id text COLLATE "C" NOT NULL REFERENCES order_lines (id),
  role text NOT NULL CHECK (role IN ('mc', 'cc')),
  order_id text COLLATE "C" NOT NULL REFERENCES orders (id),
  rate_bps integer NOT NULL CHECK (rate_bps BETWEEN 0 AND 10000),
  locked_at timestamptz NOT NULL,
  PRIMARY KEY (order_line_id, role)
);
CREATE INDEX commission_line_rates_order_idx ON commission_line_rates (order_id);

-- Pending entries of an order become payable together, once every line is delivered (plus the
-- withdrawal period) or its booking completed.
CREATE INDEX commission_ledger_pending_idx ON commission_ledger (order_id) WHERE status = 'pending';

-- Statement tokens carry the creator's version: raising it revokes every earlier token.
ALTER TABLE market_creators ADD COLUMN statement_token_version integer NOT NULL DEFAULT 1;
ALTER TABLE content_creators ADD COLUMN statement_token_version integer NOT NULL DEFAULT 1;

-- Clicks: the service a link pointed at, and the network address as a keyed hash (for a per-address
-- hourly limit across visitor ids); never the address itself.
ALTER TABLE referral_clicks
  ADD COLUMN service_id text COLLATE "C",
  ADD COLUMN ip_hash text COLLATE "C";
CREATE INDEX referral_clicks_ip_idx ON referral_clicks (ip_hash, created_at DESC) WHERE ip_hash IS NOT NULL;
