import type { BookingMode, CatalogTag, DeliveryMode, Image, Service, ServiceArea, ServiceGroup, ServicePricing } from '@thecen/schema';
import { absoluteImages, itemPageUrl, type OutputContext } from './output-context.js';
import { PARTNER_SUMMARY_COLUMNS, toPartnerSummary, type PartnerSummaryColumns } from './partner-summary.js';
import { sanitizeDescriptionHtml } from './sanitize-description-html.js';

/** The columns every service query selects. */
export const SERVICE_COLUMNS = `
  s.id, s.partner_id, s.title, s.summary, s.description_html, s.service_group, s.pricing_mode, s.price,
    s.duration_minutes, s.delivery_modes, s.areas, s.booking_mode, s.images, s.tags, s.status, s.created_at,
    s.updated_at, ${PARTNER_SUMMARY_COLUMNS}`;

export const SERVICE_FROM = `services s JOIN partners pa ON pa.id = s.partner_id`;

/** Only active services of active partners are public. */
export const PUBLIC_SERVICE = `s.status = 'active' AND pa.status = 'active'`;

export interface ServiceRow extends PartnerSummaryColumns {
  id: string;
  title: string;
  summary: string;
  description_html: string;
  service_group: ServiceGroup;
  pricing_mode: ServicePricing['mode'];
  price: number | null;
  duration_minutes: number | null;
  delivery_modes: DeliveryMode[];
  areas: ServiceArea[];
  booking_mode: BookingMode;
  images: Image[];
  tags: CatalogTag[];
  status: Service['status'];
  created_at: Date;
  updated_at: Date;
}

function toPricing(row: ServiceRow): ServicePricing {
  if (row.pricing_mode === 'quote' || row.price === null) return { mode: 'quote' };
  return { mode: row.pricing_mode, price: row.price };
}

export function toService(row: ServiceRow, ctx: OutputContext): Service {
  return {
    id: row.id,
    object: 'service',
    partnerId: row.partner_id,
    partner: toPartnerSummary(row, ctx),
    title: row.title,
    summary: row.summary,
    descriptionHtml: sanitizeDescriptionHtml(row.description_html),
    group: row.service_group,
    pricing: toPricing(row),
    durationMinutes: row.duration_minutes,
    deliveryModes: row.delivery_modes,
    areas: row.areas,
    bookingMode: row.booking_mode,
    images: absoluteImages(row.images, ctx),
    tags: row.tags,
    status: row.status,
    url: itemPageUrl('services', row.id, ctx),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
