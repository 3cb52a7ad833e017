/** Defines `<cen-add-to-cart>` alone. */
export * from './components/add-to-cart/add-to-cart.js';
export type * from './events/index.js';
