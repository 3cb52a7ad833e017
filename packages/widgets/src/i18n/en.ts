import type { CommonStrings, GridStrings, ProductStrings, ServiceStrings } from './translation.js';

export const enCommon: CommonStrings = {
  organisationTypes: {
    cooperative: 'Cooperative',
    social_cooperative: 'Social cooperative',
    social_enterprise_certified: 'Social enterprise',
    social_enterprise_preliminary: 'Pre-certified social enterprise',
    village_enterprise: 'Village enterprise',
    self_sufficiency_enterprise: 'Self-sufficiency enterprise',
    social_venture: 'Social venture',
    credit_union: 'Credit union',
    consumer_coop: 'Consumer co-op',
  },
  loadFailed: 'Could not load.',
  notConfigured: 'The widget has no API address or publishable key.',
  retry: 'Try again',
};

export const enProduct: ProductStrings = {
  soldOut: 'Sold out',
  lowStock: 'Almost gone',
  listPrice: 'was ',
  discount: (percent) => `${percent}% off`,
  loadingProduct: 'Loading product',
  productNotFound: 'Product not found.',
};

export const enService: ServiceStrings = {
  serviceGroups: { care: 'Care', living: 'Living', education: 'Education', business_support: 'Business support' },
  deliveryModes: { visit: 'At your place', at_partner: 'On site', online: 'Online' },
  bookingModes: { instant: 'Instant booking', request: 'Booking on request' },
  priceFrom: (price) => `from ${price}`,
  priceQuote: 'Quote after consultation',
  duration: (m) => (m >= 120 && m % 60 === 0 ? `${m / 60} hours` : `${m} min`),
  area: (_ko, regionEn, district) => (district ? `${district}, ${regionEn}` : regionEn),
  moreAreas: (first, more) => `${first} +${more}`,
  separator: ' · ',
  loadingService: 'Loading service',
  serviceNotFound: 'Service not found.',
};

const products = (n: number) => `${n} product${n === 1 ? '' : 's'}`;

export const enGrid: GridStrings = {
  more: 'Load more',
  loading: 'Loading',
  empty: 'No products match.',
  listFailed: 'Could not load products.',
  loaded: (count, total, appended) =>
    appended ? `${products(count)} more loaded, ${total} in all.` : `${products(count)} loaded.`,
};

