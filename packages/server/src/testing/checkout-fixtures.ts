/**
 * Products, keys and requests for the checkout, order and payment tests, on top of the server's
 * test catalog (catalog-fixtures.ts): stock that runs out, both shipping bundlings, options, a
 * free-shipping partner, and things that are not on sale.
 */
import type { Product, ShippingPolicy } from '@thecen/schema';
import type { CatalogData } from '../catalog/insert-catalog.js';
import { ALLOWED_ORIGIN, alpha, beta, delta, gamma } from './catalog-fixtures.js';

export const TEST_CHANNEL_ID = 'ch_servertest';
export const OTHER_CHANNEL_ID = 'ch_other';
export const SECRET_KEY = 'sk_test_ServerTestSecretKey000000001';
export const OTHER_SECRET_KEY = 'sk_test_OtherChannelSecretKey00000002';
export const RETURN_URL = `${ALLOWED_ORIGIN}/shop/order-done?from=cen`;

type Owner = typeof alpha;

function product(id: string, owner: Owner, price: number, stock: number | null, shipping: ShippingPolicy, over: Partial<Product> = {}): Product {
  return {
    id,
    object: 'product',
    partnerId: owner.id,
    partner: { id: owner.id, name: owner.name, organisationType: owner.organisationType, logo: owner.logo },
    title: `체크아웃 ${id.slice(4)}`,
    summary: '',
    descriptionHtml: '',
    images: [{ url: `/media/products/${id}-1.svg`, alt: `${id} 사진`, width: 800, height: 800 }],
    price,
    listPrice: null,
    variants: [],
    stock,
    stockState: 'in_stock',
    shipping,
    category: 'food',
    tags: [],
    status: 'active',
    url: `/products/${id}`,
    createdAt: '2025-07-01T00:00:00.000Z',
    updatedAt: '2025-07-01T00:00:00.000Z',
    ...over,
  };
}

const ALPHA_BUNDLED: ShippingPolicy = { fee: 3000, freeOver: 50000, bundling: 'per_partner', remoteAreaFee: 3000 };

/** 10 in stock, 10,000원, alpha, bundled shipping 3,000원 (free from 50,000원). */
export const stock10 = product('prd_ckstock10', alpha, 10000, 10, ALPHA_BUNDLED);
/** Oversold by 100 buyers at once. */
export const rush10 = product('prd_ckrush10', alpha, 5000, 10, ALPHA_BUNDLED);
/** Untracked stock, 12,000원, alpha, bundled 2,500원 (free from 30,000원), remote 4,000원. */
export const bundled = product('prd_ckbundle1', alpha, 12000, null, { fee: 2500, freeOver: 30000, bundling: 'per_partner', remoteAreaFee: 4000 });
/** Its own parcel: 20,000원, 4,000원 shipping free from 40,000원, remote 5,000원. */
export const parcel = product('prd_ckparcel1', alpha, 20000, 50, { fee: 4000, freeOver: 40000, bundling: 'per_product', remoteAreaFee: 5000 });
/** Beta's product: 7,000원, shipping 3,500원, never free. */
export const betaItem = product('prd_ckbeta01', beta, 7000, 100, { fee: 3500, freeOver: null, bundling: 'per_partner', remoteAreaFee: 3000 });
/** Options: `a` 8,000원 (5 in stock), `b` 9,000원 (sold out). */
export const withOptions = product('prd_ckoption1', beta, 8000, null, { fee: 3500, freeOver: null, bundling: 'per_partner', remoteAreaFee: 3000 }, {
  variants: [
    { id: 'a', label: '작은 병', price: 8000, listPrice: null, stock: 5, stockState: 'in_stock' },
    { id: 'b', label: '큰 병', price: 9000, listPrice: null, stock: 0, stockState: 'sold_out' },
  ],
});
/** Delta ships for free. */
export const freeShipping = product('prd_ckfree001', delta, 30000, 20, { fee: 0, freeOver: null, bundling: 'per_partner', remoteAreaFee: 0 });
/** Stock for the refund tests: 40 of 6,000원 from alpha, 40 of 4,000원 from beta. */
export const refundA = product('prd_ckrefunda', alpha, 6000, 40, ALPHA_BUNDLED);
export const refundB = product('prd_ckrefundb', beta, 4000, 40, { fee: 3500, freeOver: null, bundling: 'per_partner', remoteAreaFee: 3000 });
export const hidden = product('prd_ckhidden1', alpha, 1000, null, ALPHA_BUNDLED, { status: 'hidden' });
export const suspendedPartnerItem = product('prd_cksusp01', gamma, 1000, null, ALPHA_BUNDLED);

export const checkoutCatalog: CatalogData = {
  partners: [],
  products: [stock10, rush10, bundled, parcel, betaItem, withOptions, freeShipping, refundA, refundB, hidden, suspendedPartnerItem],
  services: [],
};
