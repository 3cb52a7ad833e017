/** Defines `<cen-order-status>`. */
export * from './components/order-status/order-status.js';
export type * from './events/index.js';
