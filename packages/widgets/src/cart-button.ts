/** Defines `<cen-cart-button>` (its `<cen-cart>` is loaded when the buyer first opens it). */
export * from './components/cart-button/cart-button.js';
export type * from './events/index.js';
