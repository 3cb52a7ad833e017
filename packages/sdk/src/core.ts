/**
 * `@thecen/sdk/core`: the API client without response validation and without zod, for browser
 * bundles such as the widgets. Same API as `@thecen/sdk`.
 */
export { createCoreClient, type CenClient } from './create-client.js';
export type { ClientOptions, RequestOptions } from './client-options.js';
export type { ListPromise } from './list-promise.js';
export type { ProductsResource } from './resources/products.js';
export type { ServicesResource } from './resources/services.js';
export type { PartnersResource } from './resources/partners.js';
export * from './errors.js';
export type {
  RouteName,
  Product,
  Service,
  Partner,
  PartnerSummary,
  Page,
  Batch,
  Problem,
  FieldError,
  ProductListQuery,
  ServiceListQuery,
  PartnerListQuery,
} from '@thecen/schema/browser';
