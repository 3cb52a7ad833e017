import { createCoreClient, type CenClient } from '@thecen/sdk/core';
import { CenConfigurationError } from './configuration-error.js';
import { elementConfig } from './page-config.js';

export type { CenClient };

/** One client per fetch function and (api, key), so that every card of a page joins one batch. */
const clients = new Map<unknown, Map<string, CenClient>>();

/**
 * `cen_mc` / `cen_cc` (`REFERRAL_PARAMS` of the schema, spelled out to keep the cards small): only a
 * landing URL that carries them loads the referral tracker, so other pages load and store nothing.
 */
const CARRIES_REFERRAL = /[?&]cen_(?:mc|cc)=/;

/** The shared SDK client for a widget's configuration; throws `CenConfigurationError` without api or key. */
export function clientFor(el: Element): CenClient {
  const { api, key, fetch, referralStorage } = elementConfig(el);
  if (!api || !key) throw new CenConfigurationError(`missing ${key ? 'api' : 'key'}: use <cen-store api="…" key="pk_…"> or data-cen-key`);
  let byConfig = clients.get(fetch);
  if (!byConfig) clients.set(fetch, (byConfig = new Map()));
  const id = `${api} ${key}`;
  let client = byConfig.get(id);
  if (!client) {
    byConfig.set(id, (client = createCoreClient({ baseUrl: api, publishableKey: key, ...(fetch && { fetch }) })));
    const created = client;
    // Every widget page captures the referral its landing URL carries (and fires cen-referral-attributed).
    if (CARRIES_REFERRAL.test(location.search)) import('../referral/page-referral.js').then((m) => m.pageReferral(created, key, referralStorage), () => {});
  }
  return client;
}
