-- Checkout, orders and payments: channel secret keys, per-channel checkout terms and settings,
-- server secrets, orders with one sub-order per partner, their lines, consents and receipt
-- requests, payment attempts, provider events, refunds, idempotency keys, and the built-in test
-- payment provider's own records (a fake PG). Money is integer won (bigint); every amount and
-- stock count is checked to stay >= 0. Timestamps are written by the server's clock.

-- Secret keys (sk_…) of a channel, for servers only. Only a SHA-256 hash is stored; a channel
-- may have several (rotation), each revocable.
CREATE TABLE channel_secret_keys (
  key_hash text COLLATE "C" PRIMARY KEY,
  channel_id text COLLATE "C" NOT NULL REFERENCES channels (id),
  -- The last four characters, to tell keys apart in an admin screen.
  hint text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX channel_secret_keys_channel_idx ON channel_secret_keys (channel_id);

-- What checkout shows and records, per channel: versioned `CheckoutTerms` documents. The
-- highest version is the current one; older ones stay for the orders that refer to them.
CREATE TABLE channel_checkout_terms (
  channel_id text COLLATE "C" NOT NULL REFERENCES channels (id),
  version integer NOT NULL CHECK (version >= 1),
  terms jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (channel_id, version)
);

-- Numbers the law or the business sets, as data per channel (KOREA.md: make them data).
CREATE TABLE channel_checkout_settings (
  channel_id text COLLATE "C" PRIMARY KEY REFERENCES channels (id),
  -- How long stock stays reserved for an unpaid card payment.
  card_hold_minutes integer NOT NULL DEFAULT 30 CHECK (card_hold_minutes BETWEEN 1 AND 1440),
  -- How long a virtual account stays open for the deposit.
  virtual_account_hours integer NOT NULL DEFAULT 24 CHECK (virtual_account_hours BETWEEN 1 AND 720),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Secrets the server generates once and keeps (e.g. the order-token signing secret when
-- CEN_SIGNING_SECRET is not set).
CREATE TABLE server_secrets (
  name text COLLATE "C" PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
  id text COLLATE "C" PRIMARY KEY,
  channel_id text COLLATE "C" NOT NULL REFERENCES channels (id),
  number text COLLATE "C" NOT NULL UNIQUE,
  status text NOT NULL CHECK (status IN
    ('pending_payment', 'awaiting_deposit', 'paid', 'partially_refunded', 'refunded', 'canceled', 'expired')),
  buyer jsonb NOT NULL,
  shipping_address jsonb NOT NULL,
  delivery_note text NOT NULL DEFAULT '',
  business_purchase boolean NOT NULL DEFAULT false,
  return_url text NOT NULL,
  terms_version integer NOT NULL,
  subtotal bigint NOT NULL CHECK (subtotal >= 0),
  shipping_total bigint NOT NULL CHECK (shipping_total >= 0),
  total bigint NOT NULL CHECK (total >= 0 AND total = subtotal + shipping_total),
  refunded_amount bigint NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0 AND refunded_amount <= total),
  -- Stock is held until then while the order is unpaid; null once paid or closed.
  expires_at timestamptz,
  -- Why and when an unpaid order was cancelled by the buyer.
  cancel_reason text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX orders_channel_idx ON orders (channel_id, created_at DESC);
CREATE INDEX orders_unpaid_expiry_idx ON orders (expires_at) WHERE status IN ('pending_payment', 'awaiting_deposit');

-- One per partner: what that partner sells and ships, with its seller identity as it was when
-- the order was placed.
CREATE TABLE sub_orders (
  id text COLLATE "C" PRIMARY KEY,
  order_id text COLLATE "C" NOT NULL REFERENCES orders (id),
  partner_id text COLLATE "C" NOT NULL REFERENCES partners (id),
  position integer NOT NULL,
  seller jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'paid', 'preparing', 'shipped', 'delivered', 'cancel_requested',
    'canceled', 'refunded', 'partially_refunded')),
  subtotal bigint NOT NULL CHECK (subtotal >= 0),
  shipping_fee bigint NOT NULL CHECK (shipping_fee >= 0),
  remote_area_fee bigint NOT NULL CHECK (remote_area_fee >= 0),
  total bigint NOT NULL CHECK (total = subtotal + shipping_fee + remote_area_fee),
  refunded_amount bigint NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0 AND refunded_amount <= total),
  -- Shipping (fee + remote-area fee) refunded so far.
  refunded_shipping bigint NOT NULL DEFAULT 0 CHECK (refunded_shipping >= 0 AND refunded_shipping <= shipping_fee + remote_area_fee),
  -- A buyer's request to cancel or withdraw (청약철회) a paid sub-order, for the partner/operator.
  cancel_request_kind text CHECK (cancel_request_kind IN ('cancel', 'withdrawal')),
  cancel_request_reason text,
  cancel_requested_at timestamptz,
  UNIQUE (order_id, partner_id),
  UNIQUE (order_id, position)
);

CREATE TABLE order_lines (
  id text COLLATE "C" PRIMARY KEY,
  order_id text COLLATE "C" NOT NULL REFERENCES orders (id),
  sub_order_id text COLLATE "C" NOT NULL REFERENCES sub_orders (id),
  -- The line's index in the cart that was ordered.
  position integer NOT NULL,
  product_id text COLLATE "C" NOT NULL,
  variant_id text COLLATE "C",
  title text NOT NULL,
  variant_label text,
  image jsonb,
  quantity integer NOT NULL CHECK (quantity >= 1),
  unit_price bigint NOT NULL CHECK (unit_price >= 0),
  line_total bigint NOT NULL CHECK (line_total = unit_price * quantity),
  -- True when stock was reserved for the line (the product tracked stock then).
  stock_reserved boolean NOT NULL,
  refunded_quantity integer NOT NULL DEFAULT 0 CHECK (refunded_quantity >= 0 AND refunded_quantity <= quantity),
  UNIQUE (order_id, position)
);
CREATE INDEX order_lines_sub_order_idx ON order_lines (sub_order_id);

-- Which consent texts (type and version) the buyer accepted, and when.
CREATE TABLE order_consents (
  order_id text COLLATE "C" NOT NULL REFERENCES orders (id),
  type text NOT NULL CHECK (type IN ('purchase_terms', 'personal_info_collection', 'personal_info_provision', 'marketing')),
  version text NOT NULL,
  accepted boolean NOT NULL,
  accepted_at timestamptz NOT NULL,
  PRIMARY KEY (order_id, type)
);

-- 현금영수증 / 세금계산서 data the buyer asked for.
CREATE TABLE order_receipt_requests (
  order_id text COLLATE "C" PRIMARY KEY REFERENCES orders (id),
  type text NOT NULL CHECK (type IN ('none', 'cash_receipt', 'tax_invoice')),
  data jsonb NOT NULL
);

-- Payment attempts of an order: a new one after a decline. The latest is the order's payment.
CREATE TABLE payments (
  id text COLLATE "C" PRIMARY KEY,
  order_id text COLLATE "C" NOT NULL REFERENCES orders (id),
  attempt integer NOT NULL CHECK (attempt >= 1),
  provider text NOT NULL CHECK (provider IN ('test', 'toss', 'portone')),
  method text NOT NULL CHECK (method IN ('card', 'virtual_account')),
  status text NOT NULL CHECK (status IN ('ready', 'awaiting_deposit', 'approved', 'paid', 'declined', 'canceled', 'expired',
    'partially_refunded', 'refunded')),
  amount bigint NOT NULL CHECK (amount >= 0),
  refunded_amount bigint NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0 AND refunded_amount <= amount),
  provider_payment_key text COLLATE "C",
  virtual_account jsonb,
  approved_at timestamptz,
  failure_code text,
  failure_message text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (order_id, attempt)
);
CREATE INDEX payments_provider_key_idx ON payments (provider, provider_payment_key);

-- Webhook events as received; the unique provider event id makes redelivery harmless.
CREATE TABLE payment_events (
  provider text NOT NULL,
  event_id text COLLATE "C" NOT NULL,
  payment_id text COLLATE "C",
  kind text NOT NULL,
  amount bigint,
  occurred_at timestamptz NOT NULL,
  -- What applying it did: `applied`, `ignored` (state had moved on), `unknown_payment`, `amount_mismatch`.
  outcome text NOT NULL,
  received_at timestamptz NOT NULL,
  PRIMARY KEY (provider, event_id)
);
CREATE INDEX payment_events_payment_idx ON payment_events (payment_id);

CREATE TABLE refunds (
  id text COLLATE "C" PRIMARY KEY,
  order_id text COLLATE "C" NOT NULL REFERENCES orders (id),
  payment_id text COLLATE "C" NOT NULL REFERENCES payments (id),
  amount bigint NOT NULL CHECK (amount > 0),
  shipping_amount bigint NOT NULL CHECK (shipping_amount >= 0 AND shipping_amount <= amount),
  reason text NOT NULL,
  restock boolean NOT NULL,
  -- `pending` while the provider is asked; its amount counts as taken until it fails.
  status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
  failure_message text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX refunds_order_idx ON refunds (order_id, created_at);

CREATE TABLE refund_lines (
  refund_id text COLLATE "C" NOT NULL REFERENCES refunds (id),
  line_id text COLLATE "C" NOT NULL REFERENCES order_lines (id),
  quantity integer NOT NULL CHECK (quantity >= 1),
  amount bigint NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (refund_id, line_id)
);

-- The shipping part of a refund, per sub-order.
CREATE TABLE refund_shipping (
  refund_id text COLLATE "C" NOT NULL REFERENCES refunds (id),
  sub_order_id text COLLATE "C" NOT NULL REFERENCES sub_orders (id),
  amount bigint NOT NULL CHECK (amount > 0),
  PRIMARY KEY (refund_id, sub_order_id)
);

-- Writes with an Idempotency-Key: the first request's answer, replayed to its retries.
CREATE TABLE idempotency_keys (
  channel_id text COLLATE "C" NOT NULL REFERENCES channels (id),
  key text COLLATE "C" NOT NULL,
  route text NOT NULL,
  request_hash text NOT NULL,
  status text NOT NULL CHECK (status IN ('processing', 'done')),
  -- While processing: the request holding the key until then; a crashed one's lease runs out.
  locked_until timestamptz,
  -- What the first request created (order, payment, refund), to finish it after a crash.
  resource_id text,
  response_status integer,
  response_body text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (channel_id, key)
);
-- Answers are kept for a day (pruneIdempotencyKeys), like other APIs with idempotency keys.
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);

-- The built-in `test` provider's own side (a fake PG): what the buyer did on the test payment
-- page. Our `payments` table is the merchant's side.
CREATE TABLE test_gateway_payments (
  payment_id text COLLATE "C" PRIMARY KEY,
  payment_key text COLLATE "C" NOT NULL UNIQUE,
  order_name text NOT NULL,
  method text NOT NULL CHECK (method IN ('card', 'virtual_account')),
  amount bigint NOT NULL CHECK (amount >= 0),
  canceled_amount bigint NOT NULL DEFAULT 0 CHECK (canceled_amount >= 0 AND canceled_amount <= amount),
  status text NOT NULL CHECK (status IN ('ready', 'approved', 'confirmed', 'declined', 'abandoned', 'issued', 'deposited',
    'canceled', 'expired')),
  success_url text NOT NULL,
  fail_url text NOT NULL,
  deposit_due_at timestamptz,
  virtual_account jsonb,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE TABLE test_gateway_cancels (
  idempotency_key text COLLATE "C" PRIMARY KEY,
  payment_id text COLLATE "C" NOT NULL REFERENCES test_gateway_payments (payment_id),
  amount bigint NOT NULL CHECK (amount >= 0),
  created_at timestamptz NOT NULL
);
