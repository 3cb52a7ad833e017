/** Defines `<cen-snippet-builder>` (and the `<cen-mc-badge>` it previews). */
export * from './components/snippet-builder/snippet-builder.js';
export type * from './events/index.js';
