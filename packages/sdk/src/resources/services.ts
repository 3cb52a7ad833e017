import type { Batch, Service, ServiceListQuery } from '@thecen/schema/browser';
import type { RequestOptions } from '../client-options.js';
import type { Requester } from '../http/request.js';
import type { ListPromise } from '../list-promise.js';
import { catalogMethods } from './methods.js';

/** Services (서비스) of the channel's catalog: `client.services`. */
export interface ServicesResource {
  /**
   * Lists services (care, living, education, business support), newest first unless `sort` says otherwise. Await it for the first page, or
   * iterate it with `for await` to walk every page.
   *
   * `GET /v1/services`
   * @example
   * const page = await client.services.list({ group: 'care', area: 'seoul', limit: 12 });
   * for await (const service of client.services.list({ deliveryMode: 'visit' })) console.log(service.title);
   * const firstFifty = await client.services.list({ sort: 'price_asc' }).toArray({ limit: 50 });
   */
  list(query?: ServiceListQuery, options?: RequestOptions): ListPromise<Service>;
  /**
   * Gets one service; rejects with `CenNotFoundError` when there is none.
   *
   * `GET /v1/services/{id}`
   * @example
   * const service = await client.services.retrieve('svc_neulbomjahwal01');
   */
  retrieve(id: string, options?: RequestOptions): Promise<Service>;
  /**
   * Gets many services by id (split into requests of 100 ids); unknown ids are listed in `missing`.
   *
   * `GET /v1/services/batch?ids=…`
   * @example
   * const { data, missing } = await client.services.retrieveMany(['svc_neulbomjahwal01', 'svc_housingwelfare01']);
   */
  retrieveMany(ids: string[], options?: RequestOptions): Promise<Batch<Service>>;
  /**
   * Gets one service, joining every `load()` made in the same macrotask into one batch request:
   * the call to use from many widgets on one page. Rejects with `CenNotFoundError` for an unknown
   * id. Only `options.signal` applies (to this caller alone).
   *
   * `GET /v1/services/batch?ids=…`
   * @example
   * const [a, b] = await Promise.all([client.services.load('svc_neulbomjahwal01'), client.services.load('svc_housingwelfare01')]);
   */
  load(id: string, options?: RequestOptions): Promise<Service>;
}

export function servicesResource(request: Requester): ServicesResource {
  return catalogMethods<Service, ServiceListQuery>(
    request,
    { list: 'listServices', batch: 'batchServices', get: 'getService' },
    'service',
  );
}
