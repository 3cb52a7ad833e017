/** Defines `<cen-product-grid>` (and the `<cen-product-card>` it renders). */
export * from './components/product-grid/product-grid.js';
export * from './components/product-card/product-card.js';
export type * from './events/index.js';
