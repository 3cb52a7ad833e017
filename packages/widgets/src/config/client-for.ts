import { createCoreClient, type CenClient } from '@thecen/sdk/core';
import { CenConfigurationError } from './configuration-error.js';
import { elementConfig } from './page-config.js';

export type { CenClient };

/** One client per fetch function and (api, key), so that every card of a page joins one batch. */
const clients = new Map<unknown, Map<string, CenClient>>();

/** The shared SDK client for a widget's configuration; throws `CenConfigurationError` without api or key. */
export function clientFor(el: Element): CenClient {
  const { api, key, fetch } = elementConfig(el);
  if (!api || !key) throw new CenConfigurationError(`missing ${key ? 'api' : 'key'}: use <cen-store api="…" key="pk_…"> or data-cen-key`);
  let byConfig = clients.get(fetch);
  if (!byConfig) clients.set(fetch, (byConfig = new Map()));
  const id = `${api} ${key}`;
  let client = byConfig.get(id);
  if (!client) byConfig.set(id, (client = createCoreClient({ baseUrl: api, publishableKey: key, ...(fetch && { fetch }) })));
  return client;
}
