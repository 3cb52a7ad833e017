/** Defines `<cen-booking-status>`. */
export * from './components/booking-status/booking-status.js';
export type * from './events/index.js';
