/**
 * Every element of the kit, defined on import; the input of the one-file CDN build
 * (`<script type="module" src=".../cen-widgets.js" data-cen-key="pk_…">`).
 */
export * from './components/store/store.js';
export * from './components/product-card/product-card.js';
export * from './components/service-card/service-card.js';
export * from './components/product-grid/product-grid.js';
export { configure, type CenConfig } from './config/page-config.js';
export { CenConfigurationError } from './config/configuration-error.js';
export type { Locale, Translation, CommonStrings, ProductStrings, ServiceStrings, GridStrings } from './i18n/translation.js';
export type * from './events/index.js';
