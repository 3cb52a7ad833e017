/** Defines `<cen-mc-badge>` alone. */
export * from './components/mc-badge/mc-badge.js';
export type * from './events/index.js';
