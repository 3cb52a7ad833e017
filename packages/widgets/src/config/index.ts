export { configure, type CenConfig, type AddressSearch, type AddressSearchResult } from './page-config.js';
export { CenConfigurationError } from './configuration-error.js';
