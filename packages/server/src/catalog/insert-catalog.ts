import { Partner, Product, Service, issuesToFieldErrors } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { insertChannel, type Channel } from './channel.js';

/** Everything a catalog is seeded with. Entities are checked against the API schemas first. */
export interface CatalogData {
  channels?: readonly Channel[];
  partners: readonly Partner[];
  products: readonly Product[];
  services: readonly Service[];
}

interface Validator<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string; code: string }[] } };
}

function checked<T>(schema: Validator<T>, kind: string, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const id = (value as { id?: unknown }).id;
  const problems = issuesToFieldErrors('body', result.error.issues).map((e) => `${e.path} ${e.message}`);
  throw new Error(`invalid ${kind} ${String(id)}: ${problems.join('; ')}`);
}

// Timestamps keep millisecond precision so that cursors (JavaScript dates) compare exactly.
const TIMESTAMP = (p: string) => `date_trunc('milliseconds', ${p}::timestamptz)`;

async function insertPartner(tx: Queryable, input: Partner): Promise<void> {
  const p = checked(Partner as Validator<Partner>, 'partner', input);
  await tx.query(
    `INSERT INTO partners (id, name, organisation_type, business_number, mail_order, representative, address,
       phone, email, website, membership_grade, status, logo, story, created_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7::jsonb, $8, $9, $10, $11, $12, $13::jsonb, $14, ${TIMESTAMP('$15')})`,
    [
      p.id, p.name, p.organisationType, p.businessNumber, JSON.stringify(p.mailOrder), p.representative,
      JSON.stringify(p.address), p.phone, p.email, p.website ?? null, p.membershipGrade, p.status,
      p.logo ? JSON.stringify(p.logo) : null, p.story, p.createdAt,
    ],
  );
}

async function insertProduct(tx: Queryable, input: Product): Promise<void> {
  const p = checked(Product as Validator<Product>, 'product', input);
  // With variants, the product's price (and list price) are those of its cheapest variant.
  // Stock states are never stored: they are derived from stock on output.
  const cheapest = p.variants.reduce<(typeof p.variants)[number] | undefined>(
    (min, v) => (min === undefined || v.price < min.price ? v : min),
    undefined,
  );
  const price = cheapest ? cheapest.price : p.price;
  const listPrice = cheapest ? cheapest.listPrice : p.listPrice;
  await tx.query(
    `INSERT INTO products (id, partner_id, title, summary, description_html, images, price, list_price, stock,
       shipping, category, tags, status, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10::jsonb, $11, $12::text[], $13, ${TIMESTAMP('$14')}, ${TIMESTAMP('$15')})`,
    [
      p.id, p.partnerId, p.title, p.summary, p.descriptionHtml, JSON.stringify(p.images), price, listPrice,
      p.stock, JSON.stringify(p.shipping), p.category, p.tags, p.status, p.createdAt, p.updatedAt,
    ],
  );
  for (const [position, v] of p.variants.entries()) {
    await tx.query(
      `INSERT INTO product_variants (product_id, id, position, label, price, list_price, stock)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [p.id, v.id, position, v.label, v.price, v.listPrice, v.stock],
    );
  }
}

async function insertService(tx: Queryable, input: Service): Promise<void> {
  const s = checked(Service as Validator<Service>, 'service', input);
  const price = s.pricing.mode === 'quote' ? null : s.pricing.price;
  const regions = [...new Set(s.areas.map((a) => a.region))];
  await tx.query(
    `INSERT INTO services (id, partner_id, title, summary, description_html, service_group, pricing_mode, price,
       duration_minutes, delivery_modes, areas, area_regions, booking_mode, images, tags, status, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text[], $11::jsonb, $12::text[], $13, $14::jsonb, $15::text[], $16,
       ${TIMESTAMP('$17')}, ${TIMESTAMP('$18')})`,
    [
      s.id, s.partnerId, s.title, s.summary, s.descriptionHtml, s.group, s.pricing.mode, price, s.durationMinutes,
      s.deliveryModes, JSON.stringify(s.areas), regions, s.bookingMode, JSON.stringify(s.images), s.tags, s.status,
      s.createdAt, s.updatedAt,
    ],
  );
}

/**
 * Inserts channels, partners, products and services. Call it inside a transaction so that a
 * bad entity leaves nothing behind.
 */
export async function insertCatalog(tx: Queryable, data: CatalogData): Promise<void> {
  for (const channel of data.channels ?? []) await insertChannel(tx, channel);
  for (const partner of data.partners) await insertPartner(tx, partner);
  for (const product of data.products) await insertProduct(tx, product);
  for (const service of data.services) await insertService(tx, service);
}
