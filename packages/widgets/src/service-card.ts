/** Defines `<cen-service-card>` alone. */
export * from './components/service-card/service-card.js';
export type * from './events/index.js';
