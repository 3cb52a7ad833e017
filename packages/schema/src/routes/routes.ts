import type * as z from 'zod/mini';
import { Partner } from '../entities/partner.js';
import { Product } from '../entities/product.js';
import { Service } from '../entities/service.js';
import {
  PartnerIdParams,
  PartnerListQuery,
  ProductBatchQuery,
  ProductIdParams,
  ProductListQuery,
  ServiceBatchQuery,
  ServiceIdParams,
  ServiceListQuery,
} from '../api/list-queries.js';
import { ProductBatch, ProductPage, ServiceBatch, ServicePage, PartnerPage } from '../api/envelopes.js';
import { paths, type RouteName } from './paths.js';

export interface RouteDefinition {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  summary: string;
  tags: string[];
  params?: z.ZodMiniType;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** Catalog reads are cacheable (ETag, Cache-Control) and answer 304. */
  cacheable?: boolean;
}

function route<const N extends RouteName, D extends Omit<RouteDefinition, 'method' | 'path'>>(name: N, def: D) {
  return { ...paths[name], ...def };
}

/** The route table the server, the SDK, the mocks and the OpenAPI document are built from. */
export const routes = {
  listProducts: route('listProducts', {
    summary: 'List products',
    tags: ['products'],
    query: ProductListQuery,
    response: ProductPage,
    cacheable: true,
  }),
  batchProducts: route('batchProducts', {
    summary: 'Get many products by id in one call',
    tags: ['products'],
    query: ProductBatchQuery,
    response: ProductBatch,
    cacheable: true,
  }),
  getProduct: route('getProduct', {
    summary: 'Get a product',
    tags: ['products'],
    params: ProductIdParams,
    response: Product,
    cacheable: true,
  }),
  listServices: route('listServices', {
    summary: 'List services',
    tags: ['services'],
    query: ServiceListQuery,
    response: ServicePage,
    cacheable: true,
  }),
  batchServices: route('batchServices', {
    summary: 'Get many services by id in one call',
    tags: ['services'],
    query: ServiceBatchQuery,
    response: ServiceBatch,
    cacheable: true,
  }),
  getService: route('getService', {
    summary: 'Get a service',
    tags: ['services'],
    params: ServiceIdParams,
    response: Service,
    cacheable: true,
  }),
  listPartners: route('listPartners', {
    summary: 'List active partners',
    tags: ['partners'],
    query: PartnerListQuery,
    response: PartnerPage,
    cacheable: true,
  }),
  getPartner: route('getPartner', {
    summary: "Get a partner's public profile with its seller identity",
    tags: ['partners'],
    params: PartnerIdParams,
    response: Partner,
    cacheable: true,
  }),
} satisfies Record<RouteName, RouteDefinition>;

export type Routes = typeof routes;
