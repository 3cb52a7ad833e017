export { createPortOneProvider, type PortOneProviderOptions } from './portone-provider.js';
export { PORTONE_API_BASE_URL } from './portone-api.js';
