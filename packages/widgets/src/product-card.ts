/** Defines `<cen-product-card>` alone. */
export * from './components/product-card/product-card.js';
export type * from './events/index.js';
