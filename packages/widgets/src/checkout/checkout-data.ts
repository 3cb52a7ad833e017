import type { CheckoutTerms, Partner } from '@thecen/schema/browser';
import type { CenClient } from '../config/client-for.js';

const terms = new WeakMap<CenClient, Promise<CheckoutTerms>>();
const partners = new WeakMap<CenClient, Map<string, Promise<Partner>>>();

/** The mall's checkout terms, fetched once per client (a failure is not cached). */
export function termsFor(client: CenClient): Promise<CheckoutTerms> {
  let promise = terms.get(client);
  if (!promise) {
    terms.set(client, (promise = client.checkout.terms()));
    promise.catch(() => terms.delete(client));
  }
  return promise;
}

/** A partner's public profile with its seller identity, fetched once per client (a failure is not cached). */
export function partnerFor(client: CenClient, id: string): Promise<Partner> {
  let byId = partners.get(client);
  if (!byId) partners.set(client, (byId = new Map()));
  let promise = byId.get(id);
  if (!promise) {
    byId.set(id, (promise = client.partners.retrieve(id)));
    promise.catch(() => byId.delete(id));
  }
  return promise;
}
