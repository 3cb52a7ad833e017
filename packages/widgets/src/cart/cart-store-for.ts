import { CenConfigurationError } from '../config/configuration-error.js';
import { elementConfig } from '../config/page-config.js';
import { CartStore } from './cart-store.js';

const stores = new Map<string, CartStore>();

/**
 * The cart shared by every element of the page with the same API and publishable key (one cart
 * per mall). Throws `CenConfigurationError` when the element has no key.
 */
export function cartStoreFor(el: Element): CartStore {
  const { api, key } = elementConfig(el);
  if (!api || !key) throw new CenConfigurationError(`missing ${key ? 'api' : 'key'}: use <cen-store api="…" key="pk_…"> or data-cen-key`);
  const id = `${api} ${key}`;
  let store = stores.get(id);
  if (!store) stores.set(id, (store = new CartStore(key)));
  return store;
}
