/** Defines `<cen-cart>` (its checkout step is loaded when the buyer gets there). */
export * from './components/cart/cart.js';
export type * from './events/index.js';
