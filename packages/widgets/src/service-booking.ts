/** Defines `<cen-service-booking>`. */
export * from './components/service-booking/service-booking.js';
export type * from './events/index.js';
