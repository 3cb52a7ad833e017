import type * as z from 'zod/mini';
import { Partner } from '../entities/partner.js';
import { Product } from '../entities/product.js';
import { Service } from '../entities/service.js';
import { named } from '../registry.js';
import { batchOf, pageOf } from './page.js';

export const ProductPage = named('ProductPage', pageOf(Product));
export const ServicePage = named('ServicePage', pageOf(Service));
export const PartnerPage = named('PartnerPage', pageOf(Partner));
export const ProductBatch = named('ProductBatch', batchOf(Product));
export const ServiceBatch = named('ServiceBatch', batchOf(Service));

export type ProductPage = z.infer<typeof ProductPage>;
export type ServicePage = z.infer<typeof ServicePage>;
export type PartnerPage = z.infer<typeof PartnerPage>;
export type ProductBatch = z.infer<typeof ProductBatch>;
export type ServiceBatch = z.infer<typeof ServiceBatch>;
