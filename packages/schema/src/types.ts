export type { Image } from './primitives/fields.js';
export type {
  Partner,
  PartnerSummary,
  OrganisationType,
  MembershipGrade,
  PartnerStatus,
  Address,
  MailOrderRegistration,
} from './entities/partner.js';
export type { Product, ProductVariant, ProductCategory, CatalogTag, StockState, ShippingPolicy, ProductStatus } from './entities/product.js';
export type { Service, ServiceGroup, ServicePricing, DeliveryMode, BookingMode, ServiceArea } from './entities/service.js';
export type { Problem, FieldError, ProblemCode } from './api/problem.js';
export type { Page, Batch } from './api/page.js';
export type { ProductPage, ServicePage, PartnerPage, ProductBatch, ServiceBatch } from './api/envelopes.js';
export type { ProductListQuery, ServiceListQuery, PartnerListQuery, ListSort } from './api/list-queries.js';
