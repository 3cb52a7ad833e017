-- Service booking: each service's availability (a `ServiceAvailability` document, validated by
-- the server on write), the capacity taken per slot (the one place capacity is enforced),
-- bookings with their timestamped history and consents, the order lines that pay for them, and
-- the notification outbox (each notification sent once, delivered by an adapter).

-- When and how much of a service can be booked (weekly hours, slots, capacity, lead time,
-- horizon, closed dates, hold minutes, cancellation policy). Asia/Seoul.
CREATE TABLE service_availability (
  service_id text COLLATE "C" PRIMARY KEY REFERENCES services (id),
  availability jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Capacity taken per slot (party sizes of the bookings holding it). A hold or an acceptance adds
-- to `taken` with a conditional upsert inside its transaction, so the CHECK and the condition
-- together make overbooking impossible whatever runs at the same time.
CREATE TABLE booking_slots (
  service_id text COLLATE "C" NOT NULL REFERENCES services (id),
  slot_start timestamptz NOT NULL,
  capacity integer NOT NULL CHECK (capacity >= 1),
  taken integer NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
  PRIMARY KEY (service_id, slot_start)
);

CREATE TABLE bookings (
  id text COLLATE "C" PRIMARY KEY,
  channel_id text COLLATE "C" NOT NULL REFERENCES channels (id),
  number text COLLATE "C" NOT NULL UNIQUE,
  service_id text COLLATE "C" NOT NULL REFERENCES services (id),
  partner_id text COLLATE "C" NOT NULL REFERENCES partners (id),
  -- Snapshots for the buyer's documents.
  service_title text NOT NULL,
  partner_name text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('instant', 'request')),
  status text NOT NULL CHECK (status IN ('inquiry', 'quoted', 'held', 'pending_payment', 'confirmed', 'completed',
    'cancelled', 'no_show', 'expired')),
  slot_start timestamptz,
  slot_end timestamptz,
  -- True while the booking counts in `booking_slots.taken` of its slot (party_size of it).
  slot_taken boolean NOT NULL DEFAULT false,
  party_size integer NOT NULL CHECK (party_size BETWEEN 1 AND 50),
  -- `ServiceArea` where a visit takes place; road address + detail of the visit.
  area jsonb,
  address text,
  -- Buyer's name, phone (digits) and e-mail.
  contact jsonb NOT NULL,
  needs text NOT NULL DEFAULT '',
  preferred_times jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- The partner's `BookingQuote` (request mode); replaced when the partner quotes again.
  quote jsonb,
  quote_valid_until timestamptz,
  -- Won to pay: fixed or "from" price × party size, or the accepted quote's amount.
  amount bigint CHECK (amount >= 0),
  -- The slot is held until then (held, pending_payment); null otherwise.
  hold_expires_at timestamptz,
  -- The service's `CancellationPolicy` when the booking was made (later changes do not apply).
  cancellation_policy jsonb NOT NULL,
  order_id text COLLATE "C" REFERENCES orders (id),
  -- Who cancelled, when, why, what was refunded and what fee was kept.
  cancellation jsonb,
  -- The refund of a paid booking's cancellation (finished again by a retry after a crash).
  cancellation_refund_id text COLLATE "C" REFERENCES refunds (id),
  -- The service began: a buyer can no longer withdraw (KOREA.md).
  started_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK (slot_start IS NULL OR slot_end > slot_start),
  CHECK (NOT slot_taken OR slot_start IS NOT NULL)
);
CREATE INDEX bookings_channel_idx ON bookings (channel_id, created_at DESC);
CREATE INDEX bookings_order_idx ON bookings (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX bookings_hold_expiry_idx ON bookings (hold_expires_at) WHERE status IN ('held', 'pending_payment');
CREATE INDEX bookings_quote_expiry_idx ON bookings (quote_valid_until) WHERE status = 'quoted';
CREATE INDEX bookings_confirmed_start_idx ON bookings (slot_start) WHERE status = 'confirmed';
CREATE INDEX bookings_slot_idx ON bookings (service_id, slot_start) WHERE slot_taken;

-- The history of a booking: every status reached, and `started`.
CREATE TABLE booking_events (
  booking_id text COLLATE "C" NOT NULL REFERENCES bookings (id),
  seq integer NOT NULL CHECK (seq >= 1),
  type text NOT NULL CHECK (type IN ('inquiry', 'quoted', 'held', 'pending_payment', 'confirmed', 'completed',
    'cancelled', 'no_show', 'expired', 'started')),
  at timestamptz NOT NULL,
  by text NOT NULL CHECK (by IN ('buyer', 'partner', 'system')),
  note text,
  PRIMARY KEY (booking_id, seq)
);

-- Which consent texts (type and version) the buyer accepted with an inquiry, and when.
CREATE TABLE booking_consents (
  booking_id text COLLATE "C" NOT NULL REFERENCES bookings (id),
  type text NOT NULL CHECK (type IN ('purchase_terms', 'personal_info_collection', 'personal_info_provision', 'marketing')),
  version text NOT NULL,
  accepted boolean NOT NULL,
  accepted_at timestamptz NOT NULL,
  PRIMARY KEY (booking_id, type)
);

-- A booking paid in an order is a line of its partner's sub-order (quantity 1, the booking's
-- amount, no stock, no shipping); `product_id` then holds the service id.
ALTER TABLE order_lines ADD COLUMN booking_id text COLLATE "C" REFERENCES bookings (id);
CREATE UNIQUE INDEX order_lines_booking_idx ON order_lines (booking_id) WHERE booking_id IS NOT NULL;

-- Notifications to the buyer and the partner, written in the transaction of the change they
-- tell about, delivered by an adapter (log in development). One per booking, kind and
-- recipient. Claiming a row sets `sent_at` (so no two deliverers ever send it); a failed send
-- clears it again for a retry until `attempts` reaches the limit (`failed_at`). A new quote
-- replaces the unsent or sent `quoted` notification (`version` + 1) so that the buyer hears of it.
CREATE TABLE notification_outbox (
  id text COLLATE "C" PRIMARY KEY,
  booking_id text COLLATE "C" NOT NULL REFERENCES bookings (id),
  kind text NOT NULL CHECK (kind IN ('booked', 'quoted', 'confirmed', 'cancelled', 'reminder')),
  recipient text NOT NULL CHECK (recipient IN ('buyer', 'partner')),
  payload jsonb NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  -- Not before then (backoff after a failure).
  next_attempt_at timestamptz NOT NULL,
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error text,
  failed_at timestamptz,
  UNIQUE (booking_id, kind, recipient)
);
CREATE INDEX notification_outbox_due_idx ON notification_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
