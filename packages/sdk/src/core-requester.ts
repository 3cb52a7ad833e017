import type { ClientOptions } from './client-options.js';
import { CenAuthenticationError } from './errors.js';
import { createRequester, type Requester } from './http/request.js';

const KNOWN_OPTIONS = ['baseUrl', 'publishableKey', 'secretKey', 'fetch', 'locale', 'timeoutMs', 'maxRetries', 'validate', 'sleep', 'random'];

function checkOptions(options: ClientOptions): void {
  for (const name of Object.keys(options)) {
    if (!KNOWN_OPTIONS.includes(name)) throw new TypeError(`Unknown option ${name}`);
  }
  const { baseUrl, publishableKey, secretKey } = options;
  if (!/^https?:\/\/[^/]/.test(baseUrl)) throw new TypeError(`Invalid baseUrl ${baseUrl}`);
  for (const key of [publishableKey, secretKey]) {
    if (key !== undefined && typeof key !== 'string') throw new TypeError('Keys must be strings');
  }
  if (!publishableKey && !secretKey) throw new TypeError('publishableKey is required (or secretKey, on a server)');
  if (secretKey && !secretKey.startsWith('sk_')) throw new TypeError('secretKey must be a secret key (sk_…)');
  if ((secretKey || publishableKey?.startsWith('sk_')) && typeof document !== 'undefined') {
    throw new CenAuthenticationError(
      'Never use a secret key (sk_…) in a browser: use the publishable key (pk_…).',
    );
  }
}

/**
 * Checks the options (unknown keys, a bad `baseUrl`, a secret key in a browser) and returns the
 * function every resource calls. `createCoreClient` is this plus every resource; a bundle that
 * needs only some resources builds them over one requester and carries nothing else.
 *
 * @example
 * import { createCoreRequester, productsResource, servicesResource } from '@thecen/sdk/core';
 * const request = createCoreRequester({ baseUrl: 'http://localhost:8787', publishableKey: 'pk_test_TheCenDemoCoopSite01' });
 * const catalog = { products: productsResource(request), services: servicesResource(request) };
 * const product = await catalog.products.load('prd_wooriwheat01');
 */
export function createCoreRequester(options: ClientOptions): Requester {
  checkOptions(options);
  return createRequester(options);
}
