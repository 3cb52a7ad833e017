/** Defines `<cen-checkout>`. */
export * from './components/checkout/checkout.js';
export type * from './events/index.js';
