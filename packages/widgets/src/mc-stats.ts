/** Defines `<cen-mc-stats>` alone. */
export * from './components/mc-stats/mc-stats.js';
export type * from './events/index.js';
