import { paths, type Partner, type PartnerListQuery } from '@thecen/schema/browser';
import type { RequestOptions } from '../client-options.js';
import type { Requester } from '../http/request.js';
import type { ListPromise } from '../list-promise.js';
import { listMethod, retrieveMethod } from './methods.js';

/** Partner Agencies (입점사) with their public seller identity: `client.partners`. */
export interface PartnersResource {
  /**
   * Lists active partners. Await it for the first page, or iterate it with `for await`.
   *
   * `GET /v1/partners`
   * @example
   * const page = await client.partners.list({ organisationType: 'social_cooperative' });
   * const everyPartner = await client.partners.list().toArray();
   */
  list(query?: PartnerListQuery, options?: RequestOptions): ListPromise<Partner>;
  /**
   * Gets a partner's public profile with the seller identity Korean law requires a marketplace
   * to show (business number, mail-order registration, representative, address).
   *
   * `GET /v1/partners/{id}`
   * @example
   * const partner = await client.partners.retrieve('pa_wooriwheat');
   */
  retrieve(id: string, options?: RequestOptions): Promise<Partner>;
}

export function partnersResource(request: Requester): PartnersResource {
  return {
    list: listMethod<Partner, PartnerListQuery>(request, { route: 'listPartners', path: paths.listPartners.path }),
    retrieve: retrieveMethod<Partner>(request, { route: 'getPartner', path: paths.getPartner.path }),
  };
}
