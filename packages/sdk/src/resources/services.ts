import { buildPath, paths, type Availability, type AvailabilityQuery, type Batch, type Service, type ServiceListQuery } from '@thecen/schema/browser';
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
  /**
   * Gets the bookable slots of a service per Seoul day from `from` to `to` (inclusive, `YYYY-MM-DD`,
   * 62 days at most): each day's slots with their remaining capacity, or why the day is closed
   * (`holiday` with its name, `closed`, `blackout`, `past`, `beyond_horizon`). Instants are
   * ISO-8601 with `+09:00` whatever the browser's time zone; never cached, capacity changes.
   *
   * `GET /v1/services/{id}/availability?from=…&to=…`
   * @example
   * const { days } = await client.services.availability('svc_hanjicraft01', { from: '2026-12-01', to: '2026-12-31' });
   * const free = days.filter((day) => day.slots.some((slot) => slot.remaining > 0)).map((day) => day.date);
   */
  availability(id: string, query: AvailabilityQuery, options?: RequestOptions): Promise<Availability>;
}

export function servicesResource(request: Requester): ServicesResource {
  return {
    ...catalogMethods<Service, ServiceListQuery>(
      request,
      {
        list: { route: 'listServices', path: paths.listServices.path },
        batch: { route: 'batchServices', path: paths.batchServices.path },
        get: { route: 'getService', path: paths.getService.path },
      },
      'service',
    ),
    availability: (id, query, options) =>
      request({ route: 'getServiceAvailability', path: buildPath(paths.getServiceAvailability.path, { id }), query }, options),
  };
}
