/** Defines `<cen-store>` alone. */
export * from './components/store/store.js';
