-- The catalog: sales channels (malls with a publishable key), partners, products with their
-- variants, and services. Ids, titles and names use the "C" collation so that sorting and keyset
-- pagination give the same order on every PostgreSQL build (PGlite included).
-- Money is integer won (bigint); stock states are derived by the server, never stored.

CREATE TABLE channels (
  id text COLLATE "C" PRIMARY KEY,
  name text NOT NULL,
  publishable_key text COLLATE "C" NOT NULL UNIQUE,
  allowed_origins text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE partners (
  id text COLLATE "C" PRIMARY KEY,
  name text COLLATE "C" NOT NULL,
  organisation_type text NOT NULL,
  business_number text NOT NULL,
  mail_order jsonb NOT NULL,
  representative text NOT NULL,
  address jsonb NOT NULL,
  phone text NOT NULL,
  email text NOT NULL,
  website text,
  membership_grade text NOT NULL,
  status text NOT NULL,
  logo jsonb,
  story text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL
);

CREATE INDEX partners_public_name_idx ON partners (name, id) WHERE status = 'active';
CREATE INDEX partners_organisation_type_idx ON partners (organisation_type, name, id) WHERE status = 'active';

CREATE TABLE products (
  id text COLLATE "C" PRIMARY KEY,
  partner_id text COLLATE "C" NOT NULL REFERENCES partners (id),
  title text COLLATE "C" NOT NULL,
  summary text NOT NULL DEFAULT '',
  description_html text NOT NULL DEFAULT '',
  images jsonb NOT NULL DEFAULT '[]',
  -- The lowest variant price when the product has variants.
  price bigint NOT NULL CHECK (price >= 0),
  list_price bigint CHECK (list_price >= 0),
  -- Stock of a product without variants; null when not tracked.
  stock integer CHECK (stock >= 0),
  shipping jsonb NOT NULL,
  category text NOT NULL,
  tags text[] NOT NULL DEFAULT '{}',
  status text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

CREATE INDEX products_newest_idx ON products (created_at DESC, id DESC) WHERE status = 'active';
CREATE INDEX products_price_idx ON products (price, id) WHERE status = 'active';
CREATE INDEX products_title_idx ON products (title, id) WHERE status = 'active';
CREATE INDEX products_partner_idx ON products (partner_id, created_at DESC, id DESC);
CREATE INDEX products_category_idx ON products (category, created_at DESC, id DESC) WHERE status = 'active';
CREATE INDEX products_tags_idx ON products USING gin (tags);

CREATE TABLE product_variants (
  product_id text COLLATE "C" NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  id text COLLATE "C" NOT NULL,
  position integer NOT NULL,
  label text NOT NULL,
  price bigint NOT NULL CHECK (price >= 0),
  list_price bigint CHECK (list_price >= 0),
  stock integer CHECK (stock >= 0),
  PRIMARY KEY (product_id, id)
);

CREATE TABLE services (
  id text COLLATE "C" PRIMARY KEY,
  partner_id text COLLATE "C" NOT NULL REFERENCES partners (id),
  title text COLLATE "C" NOT NULL,
  summary text NOT NULL DEFAULT '',
  description_html text NOT NULL DEFAULT '',
  service_group text NOT NULL,
  pricing_mode text NOT NULL CHECK (pricing_mode IN ('fixed', 'starting_from', 'quote')),
  -- Null exactly when the price is quoted after consultation.
  price bigint CHECK (price >= 0),
  duration_minutes integer CHECK (duration_minutes >= 1),
  delivery_modes text[] NOT NULL DEFAULT '{}',
  areas jsonb NOT NULL DEFAULT '[]',
  -- The region codes of `areas`, for the area filter.
  area_regions text[] NOT NULL DEFAULT '{}',
  booking_mode text NOT NULL,
  images jsonb NOT NULL DEFAULT '[]',
  tags text[] NOT NULL DEFAULT '{}',
  status text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK ((pricing_mode = 'quote') = (price IS NULL))
);

-- Quoted services sort after priced ones in both price orders (see service-queries.ts).
CREATE INDEX services_newest_idx ON services (created_at DESC, id DESC) WHERE status = 'active';
CREATE INDEX services_price_asc_idx ON services ((COALESCE(price, 9007199254740991)), id) WHERE status = 'active';
CREATE INDEX services_price_desc_idx ON services ((COALESCE(price, -1)) DESC, id DESC) WHERE status = 'active';
CREATE INDEX services_title_idx ON services (title, id) WHERE status = 'active';
CREATE INDEX services_partner_idx ON services (partner_id, created_at DESC, id DESC);
CREATE INDEX services_group_idx ON services (service_group, created_at DESC, id DESC) WHERE status = 'active';
CREATE INDEX services_tags_idx ON services USING gin (tags);
CREATE INDEX services_area_regions_idx ON services USING gin (area_regions);
CREATE INDEX services_delivery_modes_idx ON services USING gin (delivery_modes);
