import { createCoreRequester, type CenClient, type Requester, type ResourceFactory } from '@thecen/sdk/core';
import { CenConfigurationError } from './configuration-error.js';
import { elementConfig } from './page-config.js';

export type { CenClient };

/*
 * The client plumbing every widget shares. It imports no resource of the SDK: each element names
 * the ones it uses (`clientWith(this, { products: productsResource })`), so a card's bundle
 * carries only those; the elements of the lazy chunks take the whole client from `client-for.ts`.
 */

/** Resource factories by client name: what a widget asks `clientWith()` for. */
export type ResourceFactories<K extends keyof CenClient> = { [P in K]: ResourceFactory<P> };

/** What the widgets of one configuration share: one requester, and the resources built so far on it. */
interface SharedClient {
  request: Requester;
  resources: Partial<CenClient>;
}

/** One requester per fetch function and (api, key), so that every card of a page joins one batch. */
const shared = new Map<unknown, Map<string, SharedClient>>();

/**
 * `cen_mc` / `cen_cc` (`REFERRAL_PARAMS` of the schema, spelled out to keep the cards small): only a
 * landing URL that carries them loads the referral tracker, so other pages load and store nothing.
 */
const CARRIES_REFERRAL = /[?&]cen_(?:mc|cc)=/;

/** Builds the resources of `factories` that `client` lacks; the same resource objects ever after. */
function withResources<K extends keyof CenClient>(client: SharedClient, factories: ResourceFactories<K>): Pick<CenClient, K> {
  for (const name in factories) client.resources[name] ??= factories[name](client.request);
  return client.resources as Pick<CenClient, K>;
}

/**
 * A client with only the resources a widget names, built on the shared requester of its
 * configuration (so a bundle carries only the resources its elements use, and every card of a
 * page still joins one batch). Throws `CenConfigurationError` without api or key.
 *
 * @example
 * clientWith(this, { products: productsResource }).products.load(id);
 */
export function clientWith<K extends keyof CenClient>(el: Element, factories: ResourceFactories<K>): Pick<CenClient, K> {
  const { api, key, fetch, referralStorage } = elementConfig(el);
  if (!api || !key) throw new CenConfigurationError(`missing ${key ? 'api' : 'key'}: use <cen-store api="…" key="pk_…"> or data-cen-key`);
  let byConfig = shared.get(fetch);
  if (!byConfig) shared.set(fetch, (byConfig = new Map()));
  const id = `${api} ${key}`;
  let client = byConfig.get(id);
  if (!client) {
    const created: SharedClient = { request: createCoreRequester({ baseUrl: api, publishableKey: key, ...(fetch && { fetch }) }), resources: {} };
    byConfig.set(id, (client = created));
    // Every widget page captures the referral its landing URL carries (and fires cen-referral-attributed).
    if (CARRIES_REFERRAL.test(location.search)) {
      import('../referral/page-referral.js').then((m) => m.pageReferral(withResources(created, { referrals: m.referralsResource }), key, referralStorage), () => {});
    }
  }
  return withResources(client, factories);
}
