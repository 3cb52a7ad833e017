export { configure, type CenConfig } from './page-config.js';
export { CenConfigurationError } from './configuration-error.js';
