export { createTossProvider, type TossProviderOptions } from './toss-provider.js';
export { TOSS_API_BASE_URL, TOSS_CONFIRM_WINDOW_MS } from './toss-api.js';
